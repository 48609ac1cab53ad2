namespace CpdTracker.Api.Features.Meetings;

public sealed record ScheduleMeetingRequest(
    string? StartsAtLocal, int DurationMinutes, MeetingMode? Mode, string? Title) : IScheduledStart;

public sealed class ScheduleMeetingRequestValidator : AbstractValidator<ScheduleMeetingRequest>
{
    public ScheduleMeetingRequestValidator()
    {
        Include(new ScheduledStartValidator());
        RuleFor(r => r.Title).SingleLineText(200);
    }
}
