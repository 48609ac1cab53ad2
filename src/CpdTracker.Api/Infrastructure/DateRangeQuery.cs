namespace CpdTracker.Api.Infrastructure;

/// <summary>A span of local dates asked for in a query string (?from=&amp;to=), either end open.</summary>
public sealed record DateRangeQuery(DateOnly? From, DateOnly? To);

public sealed class DateRangeQueryValidator : AbstractValidator<DateRangeQuery>
{
    public DateRangeQueryValidator()
    {
        RuleFor(q => q.From).WithinDateBounds();
        RuleFor(q => q.To).WithinDateBounds();
        RuleFor(q => q.From).Must((q, from) => from is null || q.To is null || from <= q.To)
            .WithMessage("from must not be after to.");
    }
}
