using System.Globalization;

namespace CpdTracker.Api.Features.Members.Pages;

/// <summary>One college's line of the member form: a member of it or not, the member number and cycle start.</summary>
public sealed class MembershipRow
{
    public string College { get; set; } = "";
    public bool Member { get; set; }
    public string? Number { get; set; }
    public string? CycleStart { get; set; }
}

/// <summary>A member as the create and edit forms post it; one row for every college with rules, ticked where the
/// member belongs. Messages come keyed by input id ("fullName", "college-RACGP-number").</summary>
public sealed class MemberForm
{
    public string? FullName { get; set; }
    public string? Email { get; set; }
    public Profession? Profession { get; set; }
    public Country? Country { get; set; }
    public string? TimeZone { get; set; }
    public bool? CertificateEmails { get; set; } = true;
    public List<MembershipRow> Colleges { get; set; } = [];

    public static MemberForm From(MemberResponse m) => new()
    {
        FullName = m.FullName, Email = m.Email, Profession = m.Profession, Country = m.Country, TimeZone = m.TimeZone,
        CertificateEmails = m.CertificateEmails,
        Colleges = CollegeCodes.All.Select(code => m.CollegeMemberships.FirstOrDefault(c => c.College == code) is { } c
            ? new MembershipRow
            {
                College = code, Member = true, Number = c.MemberNumber,
                CycleStart = c.CycleStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }
            : new MembershipRow { College = code }).ToList(),
    };

    public static MemberForm New() =>
        new() { Colleges = CollegeCodes.All.Select(c => new MembershipRow { College = c }).ToList() };

    /// <summary>Every college has its row, whatever was posted, in the order of
    /// <see cref="CollegeCodes.All"/>.</summary>
    public void Normalise() => Colleges = CollegeCodes.All
        .Select(code => Colleges.FirstOrDefault(r => r.College == code) ?? new MembershipRow { College = code })
        .ToList();

    /// <summary>The request the service takes, validated as the API validates it; null with the messages by input
    /// id.</summary>
    public MemberRequest? ToRequest(IValidator<MemberRequest> validator, Dictionary<string, string[]> errors)
    {
        Normalise();
        var ticked = Colleges.Where(r => r.Member || !string.IsNullOrWhiteSpace(r.Number)).ToList();
        var memberships = new List<CollegeMembershipRequest>();
        foreach (var row in ticked)
        {
            DateOnly? start = null;
            if (!string.IsNullOrWhiteSpace(row.CycleStart))
            {
                var culture = CultureInfo.InvariantCulture;
                if (DateOnly.TryParseExact(row.CycleStart, "yyyy-MM-dd", culture, DateTimeStyles.None, out var d))
                {
                    start = d;
                }
                else
                {
                    errors[$"college-{row.College}-start"] = ["Enter the cycle start as a date."];
                }
            }

            memberships.Add(new CollegeMembershipRequest(row.College, row.Number, start));
        }

        var request = new MemberRequest(FullName, Email, Profession, Country, memberships,
            string.IsNullOrWhiteSpace(TimeZone) ? null : TimeZone, CertificateEmails);
        foreach (var (key, messages) in validator.Validate(request).ToDictionary())
        {
            errors[InputId(key, ticked)] = messages;
        }

        return errors.Count > 0 ? null : request;
    }

    /// <summary>"collegeMemberships[1].memberNumber" is the number of the second ticked college's row.</summary>
    private static string InputId(string key, List<MembershipRow> ticked)
    {
        if (!key.StartsWith("collegeMemberships[", StringComparison.Ordinal))
        {
            return key == "collegeMemberships" ? "colleges" : key;
        }

        var index = int.Parse(key[19..key.IndexOf(']')], CultureInfo.InvariantCulture);
        var field = key[(key.IndexOf(']') + 1)..].TrimStart('.');
        return $"college-{ticked[index].College}-{(field == "cycleStart" ? "start" : "number")}";
    }

    /// <summary>"OtherSpecialist" as "Other specialist", "NZ" as "New Zealand".</summary>
    public static string Words(Enum value) => value.ToString() switch
    {
        "AU" => "Australia",
        "NZ" => "New Zealand",
        "GP" => "GP",
        var s => string.Concat(s.Select((c, i) =>
            i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString())),
    };
}
