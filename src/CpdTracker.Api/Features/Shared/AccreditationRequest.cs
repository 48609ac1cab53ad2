namespace CpdTracker.Api.Features.Shared;

public sealed record AccreditationRequest(string? College, string? ActivityId);

public sealed class AccreditationRequestValidator : AbstractValidator<AccreditationRequest>
{
    public AccreditationRequestValidator()
    {
        RuleFor(a => a.College).Must(CollegeCodes.IsKnown)
            .WithMessage(a =>
                $"'{a.College}' is not a college with rules here ({string.Join(", ", CollegeCodes.All)}).");
        RuleFor(a => a.ActivityId).NotEmpty().SingleLineText(64);
    }
}

public static class AccreditationRules
{
    public static bool OneEachCollege(IReadOnlyCollection<AccreditationRequest>? list) =>
        list is null || list.Select(a => a?.College).Distinct().Count() == list.Count;

    public static List<Accreditation> ToDomain(IEnumerable<AccreditationRequest>? list) =>
        (list ?? []).Select(a => new Accreditation(a.College!, a.ActivityId!.Trim())).ToList();
}
