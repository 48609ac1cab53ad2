using CpdTracker.Api.Features.Shared;
using CpdTracker.Domain.Time;

namespace CpdTracker.Api.Features.Groups;

public sealed class GroupRequestValidator : AbstractValidator<GroupRequest>
{
    public GroupRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().SingleLineText(200);
        RuleFor(r => r.City).NotEmpty().SingleLineText(100);
        RuleFor(r => r.TimeZone).Must(z => ZoneLookup.TryFind(z, out _))
            .WithMessage(r =>
                $"'{r.TimeZone}' is not an IANA time zone (for example Australia/Melbourne or Pacific/Auckland).");
        RuleFor(r => r.Mode).NotNull().IsInEnum();
        RuleFor(r => r.Leaders).NotEmpty().WithMessage("A group needs at least one leader.")
            .Must(l => l!.Select(x => x?.MemberId).Distinct().Count() == l!.Count)
            .WithMessage("A leader can appear only once.");
        RuleForEach(r => r.Leaders).NotNull().ChildRules(l => l.RuleFor(x => x.Role).NotNull().IsInEnum());
        RuleFor(r => r.MemberIds).Must(ids => ids is null || ids.Distinct().Count() == ids.Count)
            .WithMessage("A member can appear only once in memberIds.");
        RuleForEach(r => r.Enrolments).NotNull().ChildRules(e =>
        {
            e.RuleFor(x => x.JoinedOn).WithinDateBounds();
            e.RuleFor(x => x.LeftOn).WithinDateBounds()
                .GreaterThanOrEqualTo(x => x.JoinedOn).When(x => x.JoinedOn is not null && x.LeftOn is not null)
                .WithMessage("leftOn must not be before joinedOn.");
        });
        RuleFor(r => r.Enrolments).Must(NoOverlaps).When(r => r.Enrolments?.All(e => e is not null) == true)
            .WithMessage(
                "A member's enrolments must not overlap in dates; give one enrolment for each spell in the group.");
        RuleFor(r => r)
            .Must(r => !(r.Enrolments ?? []).Any(e => e is not null && (r.MemberIds ?? []).Contains(e.MemberId)))
            .WithName("enrolments")
            .WithMessage(
                "A member is either in memberIds (no date limit) or in enrolments (with dates), not both.");
        RuleForEach(r => r.Accreditations).NotNull().SetValidator(new AccreditationRequestValidator());
        RuleFor(r => r.Accreditations).Must(AccreditationRules.OneEachCollege)
            .WithMessage("A college can accredit a group only once.");
    }

    /// <summary>Each member's spells, in order of joining, end before the next begins (an open date runs to the end of
    /// time).</summary>
    private static bool NoOverlaps(List<EnrolmentRequest>? enrolments) =>
        (enrolments ?? []).GroupBy(e => e.MemberId).All(member =>
            member.OrderBy(e => e.JoinedOn ?? DateOnly.MinValue)
                .Zip(member.OrderBy(e => e.JoinedOn ?? DateOnly.MinValue).Skip(1))
                .All(pair => pair.First.LeftOn is { } left && pair.Second.JoinedOn is { } joined && left < joined));
}
