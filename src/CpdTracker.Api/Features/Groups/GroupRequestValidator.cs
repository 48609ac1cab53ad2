using CpdTracker.Api.Features.Shared;
using CpdTracker.Domain.Time;

namespace CpdTracker.Api.Features.Groups;

public sealed class GroupRequestValidator : AbstractValidator<GroupRequest>
{
    public GroupRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.City).NotEmpty().MaximumLength(100);
        RuleFor(r => r.TimeZone).Must(z => ZoneLookup.TryFind(z, out _))
            .WithMessage(r => $"'{r.TimeZone}' is not an IANA time zone (for example Australia/Melbourne or Pacific/Auckland).");
        RuleFor(r => r.Mode).NotNull().IsInEnum();
        RuleFor(r => r.Leaders).NotEmpty().WithMessage("A group needs at least one leader.")
            .Must(l => l!.Select(x => x.MemberId).Distinct().Count() == l!.Count).WithMessage("A leader can appear only once.");
        RuleForEach(r => r.Leaders).ChildRules(l => l.RuleFor(x => x.Role).NotNull().IsInEnum());
        RuleFor(r => r.MemberIds).Must(ids => ids is null || ids.Distinct().Count() == ids.Count)
            .WithMessage("A member can appear only once in memberIds.");
        RuleForEach(r => r.Enrolments).ChildRules(e => e.RuleFor(x => x.LeftOn)
            .GreaterThanOrEqualTo(x => x.JoinedOn).When(x => x.JoinedOn is not null && x.LeftOn is not null)
            .WithMessage("leftOn must not be before joinedOn."));
        RuleFor(r => r).Must(r => !(r.Enrolments ?? []).Any(e => (r.MemberIds ?? []).Contains(e.MemberId)))
            .WithName("enrolments").WithMessage("A member is either in memberIds (no date limit) or in enrolments (with dates), not both.");
        RuleForEach(r => r.Accreditations).SetValidator(new AccreditationRequestValidator());
        RuleFor(r => r.Accreditations).Must(AccreditationRules.OneEachCollege).WithMessage("A college can accredit a group only once.");
    }
}
