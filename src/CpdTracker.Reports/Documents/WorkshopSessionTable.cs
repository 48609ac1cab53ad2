using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;

namespace CpdTracker.Reports.Documents;

internal sealed class WorkshopSessionTable(IReadOnlyList<WorkshopSession> sessions) : IBlock
{
    public IReadOnlyList<Fragment> Layout(float width) => new Table(
        [
            new("Date", 1.05f),
            new("Start", 1.45f),
            new("Kind", 2.0f),
            new("Session", 3.1f),
            new("Role", 1.0f),
            new("Minutes", 0.95f, HorizontalAlign.Right),
        ],
        sessions
            .OrderBy(s => s.LocalDate).ThenBy(s => s.LocalStartTime)
            .Select(s => new TableRow([
                DocumentFormat.ShortDate(s.LocalDate),
                DocumentFormat.Time(s.LocalStartTime, s.TimeZoneAbbreviation),
                DocumentFormat.Kind(s.Kind),
                s.Title,
                DocumentFormat.Role(s.Role),
                s.MinutesAttended.ToString(CultureInfo.InvariantCulture),
            ]))
            .ToList()).Layout(width);
}
