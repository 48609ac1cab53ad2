using System.Globalization;
using CpdTracker.Api.Features.Groups.Pages;
using CpdTracker.Api.Features.Meetings;
using CpdTracker.Api.Features.Meetings.Pages;
using CpdTracker.Api.Features.Members;
using CpdTracker.Api.Features.Shared;

namespace CpdTracker.Api.Features.Workshops.Pages;

/// <summary>A new workshop as the administrator's form posts it: participants one a line, by email or college number.
/// Messages come keyed by input id ("title", "activity-RACGP", "participants").</summary>
public sealed class WorkshopForm
{
    public string? Title { get; set; }
    public string? Venue { get; set; }
    public string? TimeZone { get; set; }
    public string? StartDate { get; set; }
    public string? EndDate { get; set; }
    public string? Participants { get; set; }
    public List<ActivityRow> Activities { get; set; } = [];

    public WorkshopForm Normalise()
    {
        Activities = CollegeCodes.All
            .Select(code => Activities.FirstOrDefault(a => a.College == code) ?? new ActivityRow { College = code })
            .ToList();
        return this;
    }

    public async Task<WorkshopRequest?> ToRequestAsync(
        MemberDirectory directory, IValidator<WorkshopRequest> validator, Dictionary<string, string[]> errors,
        CancellationToken ct)
    {
        var ids = new List<int>();
        var problems = new List<string>();
        var options = StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries;
        var lines = (Participants ?? "").Split('\n', options);
        foreach (var line in lines)
        {
            var (id, problem) = await directory.FindAsync(line, ct);
            if (id is { } found)
            {
                ids.Add(found);
            }
            else
            {
                problems.Add(problem!);
            }
        }

        if (problems.Count > 0)
        {
            errors["participants"] = [.. problems];
        }

        var activities = Activities.Where(a => !string.IsNullOrWhiteSpace(a.ActivityId)).ToList();
        var (start, end) = (Date(StartDate, "startDate", errors), Date(EndDate, "endDate", errors));
        var request = new WorkshopRequest(Title, Venue, TimeZone, start, end,
            activities.Select(a => new AccreditationRequest(a.College, a.ActivityId)).ToList(), ids);
        foreach (var (key, messages) in validator.Validate(request).ToDictionary())
        {
            var id = key switch
            {
                "participantIds" => "participants",
                "accreditations" => "activities",
                _ when key.StartsWith("accreditations[", StringComparison.Ordinal) =>
                    $"activity-{activities[int.Parse(key[15..key.IndexOf(']')], CultureInfo.InvariantCulture)]
                        .College}",
                _ => key,
            };
            errors.TryAdd(id, messages);
        }

        return errors.Count > 0 ? null : request;
    }

    private static DateOnly? Date(string? text, string id, Dictionary<string, string[]> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            errors[id] = ["Enter the date as day, month and year."];
        }

        return null;
    }
}

/// <summary>A session as the add-session form posts it: its kind and title, and when (the fields a group's meeting
/// has).</summary>
public sealed class SessionForm
{
    public ActivityKind? Kind { get; set; }
    public string? Title { get; set; }
    public MeetingForm Meeting { get; set; } = new();

    /// <summary>The request the service takes; null with the messages by field ("kind", "title", "date",
    /// "time"…).</summary>
    public SessionRequest? ToRequest(
        IValidator<ScheduleMeetingRequest> start, IValidator<SessionRequest> validator,
        Dictionary<string, string[]> errors)
    {
        var when = Meeting.ToRequest(start, errors);
        var request = new SessionRequest(
            Kind, Title, when?.StartsAtLocal, when?.DurationMinutes ?? 0, when?.Mode ?? Meeting.Mode);
        foreach (var (key, messages) in validator.Validate(request).ToDictionary())
        {
            var field = key switch { "startsAtLocal" => "date", "durationMinutes" => "duration", _ => key };
            if (when is not null || field is "kind" or "title")
            {
                errors.TryAdd(field, messages);
            }
        }

        return errors.Count > 0 ? null : request;
    }
}
