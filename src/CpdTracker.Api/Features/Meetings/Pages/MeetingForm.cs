using System.Globalization;

namespace CpdTracker.Api.Features.Meetings.Pages;

/// <summary>A meeting's local start, length and mode as the schedule and reschedule forms post them (date and
/// time inputs).</summary>
public sealed class MeetingForm
{
    public string? Date { get; set; }
    public string? Time { get; set; }
    public int? Duration { get; set; } = 90;
    public MeetingMode? Mode { get; set; }

    /// <summary>The version read when the form was shown, so a move over someone else's change is refused.</summary>
    public Guid? Version { get; set; }

    public static MeetingForm From(MeetingResponse m) => new()
    {
        Date = m.StartsAtLocal[..10],
        Time = m.StartsAtLocal[11..16],
        Duration = m.DurationMinutes,
        Mode = m.Mode,
        Version = m.Version,
    };

    /// <summary>The request the services take, or the messages for the fields ("date", "time", "duration", "mode") a
    /// person left wrong.</summary>
    public ScheduleMeetingRequest? ToRequest(
        IValidator<ScheduleMeetingRequest> validator, Dictionary<string, string[]> errors)
    {
        if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors["date"] = ["Enter the date of the meeting."];
        }

        if (!TimeOnly.TryParseExact(
            Time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors["time"] = ["Enter the time the meeting starts."];
        }

        if (Duration is not (>= 1 and <= MeetingScheduler.MaxDurationMinutes))
        {
            errors["duration"] = [$"Enter the length in minutes, from 1 to {MeetingScheduler.MaxDurationMinutes}."];
        }

        if (Mode is null)
        {
            errors["mode"] = ["Choose in person or online."];
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var request = new ScheduleMeetingRequest($"{Date}T{Time![..5]}", Duration!.Value, Mode, null);
        foreach (var failure in validator.Validate(request).Errors)
        {
            errors["date"] = [failure.ErrorMessage.Replace("startsAtLocal", "The date", StringComparison.Ordinal)];
        }

        return errors.Count > 0 ? null : request;
    }
}
