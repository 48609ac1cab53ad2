namespace CpdTracker.Api.Features.Meetings;

/// <summary>What every request that schedules a meeting carries, checked once for groups and workshops alike.</summary>
public interface IScheduledStart
{
    string? StartsAtLocal { get; }
    int DurationMinutes { get; }
    MeetingMode? Mode { get; }
}

public sealed class ScheduledStartValidator : AbstractValidator<IScheduledStart>
{
    public ScheduledStartValidator()
    {
        RuleFor(r => r.StartsAtLocal).Must(LocalDateTimeText.IsValid)
            .WithMessage($"startsAtLocal {LocalDateTimeText.Message}.")
            .Must(t => LocalDateTimeText.TryParse(t, out var local) && DateBounds.Contains(local))
            .WithMessage($"startsAtLocal {DateBounds.Message}");
        RuleFor(r => r.DurationMinutes).InclusiveBetween(1, MeetingScheduler.MaxDurationMinutes)
            .WithMessage($"durationMinutes must be between 1 and {MeetingScheduler.MaxDurationMinutes} (12 hours).");
        RuleFor(r => r.Mode).NotNull().IsInEnum();
    }
}
