namespace CpdTracker.Api.Features.Cpd;

/// <summary>Which statement: a college, and the period holding ?date= (default the member's today) or ending
/// in ?year=.</summary>
public sealed record StatementQuery(string? College, DateOnly? Date, int? Year);

public sealed class StatementQueryValidator : AbstractValidator<StatementQuery>
{
    public StatementQueryValidator()
    {
        RuleFor(q => q.College).Must(CollegeCodes.IsKnown)
            .WithMessage($"college must be one of {string.Join(", ", CollegeCodes.All)}.");
        RuleFor(q => q.Date).WithinDateBounds();
        RuleFor(q => q.Year).InclusiveBetween(DateBounds.First.Year, DateBounds.Last.Year)
            .WithMessage($"year must be between {DateBounds.First.Year} and {DateBounds.Last.Year}.");
        RuleFor(q => q.Year).Null().When(q => q.Date is not null).WithMessage("Give either date or year, not both.");
    }
}
