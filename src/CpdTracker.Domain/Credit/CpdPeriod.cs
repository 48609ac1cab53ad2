using System.Globalization;

namespace CpdTracker.Domain.Credit;

/// <summary>The span a requirement is measured over; both ends inclusive, in local dates.</summary>
public sealed record CpdPeriod(DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => Start <= date && date <= End;

    public override string ToString() =>
        $"{Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to " +
        $"{End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
