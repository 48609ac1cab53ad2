namespace CpdTracker.Api.Features.Members;

public sealed class MemberRequestValidator : AbstractValidator<MemberRequest>
{
    public MemberRequestValidator()
    {
        RuleFor(r => r.FullName).NotEmpty().SingleLineText(200).Must(n => n == n?.Trim())
            .WithMessage("Full name must not start or end with spaces.");
        RuleFor(r => r.Email).NotEmpty().SingleLineText(254).EmailAddress();
        RuleFor(r => r.Profession).NotNull().IsInEnum();
        RuleFor(r => r.Country).NotNull().IsInEnum();
        RuleFor(r => r.TimeZone).Must(z => CpdTracker.Domain.Time.ZoneLookup.TryFind(z, out _))
            .When(r => r.TimeZone is not null)
            .WithMessage(r => $"'{r.TimeZone}' is not an IANA time zone (for example Australia/Perth).");
        RuleForEach(r => r.CollegeMemberships).NotNull().ChildRules(c =>
        {
            c.RuleFor(m => m.College).Must(CollegeCodes.IsKnown)
                .WithMessage(m =>
                    $"'{m.College}' is not a college with rules here ({string.Join(", ", CollegeCodes.All)}).");
            // A number may be missing while the member looks it up; the college report check names every such member.
            c.RuleFor(m => m.MemberNumber).SingleLineText(64);
            c.RuleFor(m => m.CycleStart).WithinDateBounds();
        });
        RuleFor(r => r.CollegeMemberships)
            .Must(list => list is null || list.Select(m => m?.College).Distinct().Count() == list.Count)
            .WithMessage("A college can appear only once in a member's memberships.");
    }
}
