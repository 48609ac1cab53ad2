using System.Globalization;

namespace CpdTracker.Api.Features.Meetings.Pages;

/// <summary>One member's line as the register form posts it; minutes are text so a wrong entry is a message, not a
/// binding failure.</summary>
public sealed class RegisterRowInput
{
    public int MemberId { get; set; }
    public AttendanceStatus? Status { get; set; }
    public string? Minutes { get; set; }
    public bool Presenter { get; set; }

    public bool TakesMinutes => Status is AttendanceStatus.Late or AttendanceStatus.LeftEarly;

    public static RegisterRowInput From(RegisterLine line) => new()
    {
        MemberId = line.MemberId,
        Status = line.Status,
        Presenter = line.Role == AttendanceRole.Presenter,
        Minutes = line.Status is AttendanceStatus.Late or AttendanceStatus.LeftEarly
            ? line.MinutesAttended?.ToString(CultureInfo.InvariantCulture) : null,
    };

    /// <summary>Whether this row says what the saved line says (minutes count only where the status
    /// takes them).</summary>
    public bool Matches(RegisterLine line) => line.Status == Status
        && (line.Role == AttendanceRole.Presenter) == Presenter
        && (!TakesMinutes || line.MinutesAttended?.ToString(CultureInfo.InvariantCulture) == Minutes?.Trim());
}

/// <summary>The register form: the version it was read at, the button pressed, and a row for every
/// expected member.</summary>
public sealed class RegisterForm
{
    public const string Save = "save", Lock = "lock", AllPresent = "all-present";

    public Guid Version { get; set; }
    public string? Action { get; set; }
    public List<RegisterRowInput> Rows { get; set; } = [];

    public static RegisterForm From(RegisterResponse register) => new()
    {
        Version = register.Version,
        Rows = register.Entries.Select(RegisterRowInput.From).ToList(),
    };

    /// <summary>The posted rows in the register's order, one per line of the register as it is now (a row for a line
    /// not posted starts empty).</summary>
    public void Align(RegisterResponse register)
    {
        var posted = Rows.GroupBy(r => r.MemberId).ToDictionary(g => g.Key, g => g.First());
        Rows = register.Entries.Select(
            l => posted.GetValueOrDefault(l.MemberId) ?? new RegisterRowInput { MemberId = l.MemberId }).ToList();
    }

    /// <summary>Marks every row without a status Present; returns how many.</summary>
    public int MarkAllPresent()
    {
        var empty = Rows.Where(r => r.Status is null).ToList();
        empty.ForEach(r => r.Status = AttendanceStatus.Present);
        return empty.Count;
    }

    public bool Unchanged(RegisterResponse register) =>
        register.Entries.All(l => Rows.FirstOrDefault(r => r.MemberId == l.MemberId) is { } row
            && (row.Status is null ? !l.Marked : row.Matches(l)));

    /// <summary>The entries to save (rows with a status), or messages by member id for minutes a person must give
    /// or correct.</summary>
    public List<RegisterEntry> Entries(int durationMinutes, Func<int, string> name, Dictionary<int, string[]> errors)
    {
        var entries = new List<RegisterEntry>();
        foreach (var row in Rows.Where(r => r.Status is not null))
        {
            int? minutes = null;
            if (row.TakesMinutes)
            {
                var label = row.Status == AttendanceStatus.Late ? "Late" : "Left early";
                if (int.TryParse(row.Minutes?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var given)
                    && given >= 1 && given < durationMinutes)
                {
                    minutes = given;
                }
                else
                {
                    errors[row.MemberId] =
                        [$"{label}: enter the minutes {name(row.MemberId)} attended, from 1 to {durationMinutes - 1}."];
                }
            }

            entries.Add(new RegisterEntry(
                row.MemberId, row.Status!.Value, minutes, row.Presenter ? AttendanceRole.Presenter : null));
        }

        return entries;
    }
}
