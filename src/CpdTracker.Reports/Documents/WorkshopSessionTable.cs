using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;

namespace CpdTracker.Reports.Documents;

internal sealed class WorkshopSessionTable(IReadOnlyList<WorkshopSession> sessions) : IBlock
{
    public IReadOnlyList<Fragment> Layout(float width) => new Table(
        [
            new("Date", 1.2f),
            new("Start", 1.4f),
            new("Kind", 1.9f),
            new("Session", 3.2f),
            new("Minutes", 0.9f, HorizontalAlign.Right),
        ],
        sessions
            .OrderBy(s => s.LocalDate).ThenBy(s => s.LocalStartTime)
            .Select(s => new TableRow([
                DocumentFormat.ShortDate(s.LocalDate),
                DocumentFormat.Time(s.LocalStartTime, s.TimeZoneAbbreviation),
                DocumentFormat.Kind(s.Kind),
                s.Title,
                s.MinutesAttended.ToString(CultureInfo.InvariantCulture),
            ]))
            .ToList()).Layout(width);
}
