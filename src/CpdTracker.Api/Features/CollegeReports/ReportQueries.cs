namespace CpdTracker.Api.Features.CollegeReports;

/// <summary>A college report asked for: the college, the year its period ends in, optionally a date inside the
/// period.</summary>
public sealed record CollegeReportQuery(string College, int Year, DateOnly? Date, bool? Excel);

/// <summary>The register export's filters.</summary>
public sealed record AttendanceExportQuery(DateOnly? From, DateOnly? To, int? GroupId, int? WorkshopId, bool? Excel);

public sealed class CollegeReportQueryValidator : AbstractValidator<CollegeReportQuery>
{
    public CollegeReportQueryValidator()
    {
        RuleFor(q => q.College)
            .Must(CollegeCodes.IsKnown)
            .WithMessage($"college must be one of {string.Join(", ", CollegeCodes.All)}.");
        RuleFor(q => q.Year).InclusiveBetween(DateBounds.First.Year, DateBounds.Last.Year)
            .WithMessage($"year must be between {DateBounds.First.Year} and {DateBounds.Last.Year}.");
        RuleFor(q => q.Date).WithinDateBounds();
    }
}

public sealed class AttendanceExportQueryValidator : AbstractValidator<AttendanceExportQuery>
{
    public AttendanceExportQueryValidator()
    {
        RuleFor(q => new DateRangeQuery(q.From, q.To))
            .SetValidator(new DateRangeQueryValidator())
            .OverridePropertyName("");
    }
}
