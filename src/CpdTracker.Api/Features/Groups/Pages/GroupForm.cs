using System.Globalization;
using CpdTracker.Api.Features.Members;
using CpdTracker.Api.Features.Shared;

namespace CpdTracker.Api.Features.Groups.Pages;

/// <summary>One person of a group's form: someone already in it (by id), or someone to add, typed as an email or a
/// college number; a role ("Leader", "CoLeader", "Member" or "Remove") and, for a member, the dates of their
/// spell.</summary>
public sealed class PersonRow
{
    public int? MemberId { get; set; }
    public string? Name { get; set; }
    public string? Find { get; set; }
    public string? Role { get; set; }
    public string? JoinedOn { get; set; }
    public string? LeftOn { get; set; }
}

public sealed class ActivityRow
{
    public string College { get; set; } = "";
    public string? ActivityId { get; set; }
}

/// <summary>A group as the administrator's create and edit forms post it. Messages come keyed by input id
/// ("name", "person-2-find", "activity-RACGP").</summary>
public sealed class GroupForm
{
    public const string Remove = "Remove";

    public string? Name { get; set; }
    public string? City { get; set; }
    public MeetingMode? Mode { get; set; }
    public string? TimeZone { get; set; }
    public List<PersonRow> People { get; set; } = [];
    public List<ActivityRow> Activities { get; set; } = [];

    /// <summary>A new group: its first row is for the leader.</summary>
    public static GroupForm New(int blankRows)
    {
        var form = new GroupForm { Mode = MeetingMode.InPerson }.Normalise(blankRows);
        form.People[0].Role = nameof(LeaderRole.Leader);
        return form;
    }

    public static GroupForm From(GroupResponse g, IReadOnlyDictionary<int, string> names, int blankRows) =>
        new GroupForm
        {
            Name = g.Name, City = g.City, Mode = g.Mode, TimeZone = g.TimeZone,
            People = g.Leaders.Select(l => new PersonRow { MemberId = l.MemberId, Role = l.Role.ToString() })
            .Concat(g.Enrolments.Select(e => new PersonRow
            {
                MemberId = e.MemberId, Role = "Member", JoinedOn = Iso(e.JoinedOn), LeftOn = Iso(e.LeftOn),
            }))
            .Select(p => { p.Name = names.GetValueOrDefault(p.MemberId!.Value); return p; }).ToList(),
            Activities = g.Accreditations
            .Select(a => new ActivityRow { College = a.College, ActivityId = a.ActivityId }).ToList(),
        }.Normalise(blankRows);

    /// <summary>One activity row for every college, and <paramref name="blankRows"/> rows for people to add.</summary>
    public GroupForm Normalise(int blankRows)
    {
        Activities = CollegeCodes.All
            .Select(code => Activities.FirstOrDefault(a => a.College == code) ?? new ActivityRow { College = code })
            .ToList();
        People = People.Where(p => p.MemberId is not null || !string.IsNullOrWhiteSpace(p.Find)).ToList();
        People.AddRange(Enumerable.Range(0, blankRows).Select(_ => new PersonRow { Role = "Member" }));
        return this;
    }

    /// <summary>The request the service takes, with each typed person found; null with the messages by input
    /// id.</summary>
    public async Task<GroupRequest?> ToRequestAsync(
        MemberDirectory directory, IValidator<GroupRequest> validator, Dictionary<string, string[]> errors,
        CancellationToken ct)
    {
        var leaders = new List<(int Row, LeaderRequest Leader)>();
        var enrolments = new List<(int Row, EnrolmentRequest Enrolment)>();
        for (var i = 0; i < People.Count; i++)
        {
            var row = People[i];
            if (row.Role == Remove || (row.MemberId is null && string.IsNullOrWhiteSpace(row.Find)))
            {
                continue;
            }

            var id = row.MemberId;
            if (id is null)
            {
                (id, var problem) = await directory.FindAsync(row.Find!, ct);
                if (problem is not null)
                {
                    errors[$"person-{i}-find"] = [problem];
                    continue;
                }
            }

            if (Enum.TryParse<LeaderRole>(row.Role, out var role))
            {
                leaders.Add((i, new LeaderRequest(id!.Value, role)));
            }
            else
            {
                enrolments.Add((i, new EnrolmentRequest(id!.Value, Date(row.JoinedOn, $"person-{i}-joined", errors),
                    Date(row.LeftOn, $"person-{i}-left", errors))));
            }
        }

        var activities = Activities.Where(a => !string.IsNullOrWhiteSpace(a.ActivityId)).ToList();
        var request = new GroupRequest(Name, City, TimeZone, Mode, leaders.Select(l => l.Leader).ToList(), null,
            enrolments.Select(e => e.Enrolment).ToList(),
            activities.Select(a => new AccreditationRequest(a.College, a.ActivityId)).ToList());
        foreach (var (key, messages) in validator.Validate(request).ToDictionary())
        {
            var rows = (leaders.Select(l => l.Row).ToList(), enrolments.Select(e => e.Row).ToList());
            var id = InputId(key, rows.Item1, rows.Item2, activities);
            Add(errors, id, messages);
        }

        return errors.Count > 0 ? null : request;
    }

    /// <summary>Messages of the service (a member who does not exist) by input id, as <see cref="ToRequestAsync"/>
    /// gives them.</summary>
    public Dictionary<string, string[]> Errors(IDictionary<string, string[]> service)
    {
        var leaders = People.Select((p, i) => (p, i)).Where(x => IsLeader(x.p)).Select(x => x.i).ToList();
        var enrolments = People.Select((p, i) => (p, i)).Where(x => !IsLeader(x.p) && x.p.Role != Remove
            && (x.p.MemberId is not null || !string.IsNullOrWhiteSpace(x.p.Find))).Select(x => x.i).ToList();
        var errors = new Dictionary<string, string[]>();
        foreach (var (key, messages) in service)
        {
            Add(errors, InputId(key, leaders, enrolments, []), messages);
        }

        return errors;
    }

    private static bool IsLeader(PersonRow p) => Enum.TryParse<LeaderRole>(p.Role, out _);

    private static void Add(Dictionary<string, string[]> errors, string id, string[] messages) =>
        errors[id] = [.. errors.GetValueOrDefault(id) ?? [], .. messages];

    /// <summary>"enrolments[1].leftOn" is the left date of the row of the second member; a whole-list rule is the
    /// list's.</summary>
    private static string InputId(string key, List<int> leaders, List<int> enrolments, List<ActivityRow> activities)
    {
        var bracket = key.IndexOf('[');
        var list = bracket < 0 ? key : key[..bracket];
        var number = bracket < 0 ? "" : key[(bracket + 1)..key.IndexOf(']')];
        if (!int.TryParse(number, CultureInfo.InvariantCulture, out var index))
        {
            return list switch
            {
                "leaders" or "enrolments" or "memberIds" => "people",
                "accreditations" => "activities",
                _ => key,
            };
        }

        var field = key[(key.IndexOf(']') + 1)..].TrimStart('.');
        return list switch
        {
            "leaders" when index < leaders.Count => $"person-{leaders[index]}-role",
            "enrolments" when index < enrolments.Count => $"person-{enrolments[index]}-"
                + (field switch { "joinedOn" => "joined", "leftOn" => "left", _ => "role" }),
            "accreditations" when index < activities.Count => $"activity-{activities[index].College}",
            _ => "people",
        };
    }

    private static DateOnly? Date(string? text, string id, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[id] = ["Enter the date as day, month and year."];
        return null;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
