using CpdTracker.Api.Features.Shared;
using CpdTracker.Domain.Time;

namespace CpdTracker.Api.Features.Workshops;

public sealed class WorkshopRequestValidator : AbstractValidator<WorkshopRequest>
{
    public WorkshopRequestValidator()
    {
        RuleFor(r => r.Title).NotEmpty().SingleLineText(200);
        RuleFor(r => r.Venue).NotEmpty().SingleLineText(200);
        RuleFor(r => r.TimeZone).Must(z => ZoneLookup.TryFind(z, out _))
            .WithMessage(r => $"'{r.TimeZone}' is not an IANA time zone (for example Australia/Sydney).");
        RuleFor(r => r.StartDate).NotNull().WithinDateBounds();
        RuleFor(r => r.EndDate).NotNull().WithinDateBounds()
            .GreaterThanOrEqualTo(r => r.StartDate).WithMessage("endDate must not be before startDate.")
            .Must((r, end) => r.StartDate is null || end!.Value.DayNumber - r.StartDate.Value.DayNumber < 31)
            .WithMessage("A workshop lasts at most 31 days.");
        RuleForEach(r => r.Accreditations).NotNull().SetValidator(new AccreditationRequestValidator());
        RuleFor(r => r.Accreditations).Must(AccreditationRules.OneEachCollege)
            .WithMessage("A college can accredit a workshop only once.");
        RuleFor(r => r.ParticipantIds).Must(ids => ids is null || ids.Distinct().Count() == ids.Count)
            .WithMessage("A participant can appear only once.");
    }
}

public sealed class SessionRequestValidator : AbstractValidator<SessionRequest>
{
    public SessionRequestValidator()
    {
        Include(new Meetings.ScheduledStartValidator());
        RuleFor(r => r.Kind).NotNull().Must(k => k is null || Workshop.SessionKinds.Contains(k.Value))
            .WithMessage($"A workshop session's kind is one of {string.Join(", ", Workshop.SessionKinds)}.");
        RuleFor(r => r.Title).NotEmpty().SingleLineText(200);
    }
}
