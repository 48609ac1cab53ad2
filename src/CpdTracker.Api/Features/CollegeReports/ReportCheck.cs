namespace CpdTracker.Api.Features.CollegeReports;

public enum ReportProblemKind
{
    LayoutMissingCategory,
    MemberWithoutNumber,
    OpenRegister,
    UnmarkedRegister,
    ActivityWithoutNumber,
}

public sealed record ReportProblem(
    ReportProblemKind Kind,
    string Message,
    int? MemberId = null,
    int? GroupId = null,
    int? WorkshopId = null,
    int? MeetingId = null);

public sealed record ReportCheckResponse(
    string College,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string RuleSetCode,
    IReadOnlyList<ReportProblem> Problems);

/// <summary>What would make a college's report wrong or incomplete, each naming what to fix.</summary>
public static class ReportCheck
{
    public static async Task<List<ReportProblem>> FindAsync(
        CpdDbContext db, ReportPeriod report, DateTime nowUtc, CancellationToken ct)
    {
        var (college, window) = (report.Rules.College, report.Window);
        var memberIds = (await db.Set<CollegeMembership>()
                .Where(c => c.College == college)
                .Select(c => c.MemberId)
                .ToListAsync(ct))
            .ToHashSet();
        var meetings = await db.Attendances.AsNoTracking().Where(a => memberIds.Contains(a.MemberId))
            .Join(db.Meetings, a => a.MeetingId, m => m.Id, (a, m) => m)
            .Where(m => m.LocalDate >= window.Start && m.LocalDate <= window.End && m.Status != MeetingStatus.Cancelled)
            .Select(m => new { m.Id, m.GroupId, m.WorkshopId, m.LocalDate, m.Title, m.Status, m.StartsAtUtc })
            .Distinct()
            .ToListAsync(ct);
        var groups = await db.Groups.AsNoTracking()
            .Include(g => g.Leaders)
            .Include(g => g.Enrolments)
            .AsSplitQuery()
            .ToDictionaryAsync(g => g.Id, ct);
        var workshops = await db.Workshops.AsNoTracking().Include(w => w.Participants).ToDictionaryAsync(w => w.Id, ct);
        var problems = new List<ReportProblem>();
        var layout = CpdTracker.Reports.Csv.CsvLayouts.For(college);
        problems.AddRange(report.Rules.Categories
            .Where(c => !layout.CreditCategories.Contains(c))
            .Select(c => new ReportProblem(
                ReportProblemKind.LayoutMissingCategory,
                $"Rule set {report.Rules.Code} credits {c}, " +
                $"but the {layout.College} CSV layout has no column for it.")));

        var unnumbered = await db.Set<CollegeMembership>().AsNoTracking()
            .Where(c => c.College == college && c.MemberNumber == "")
            .Join(db.Members, c => c.MemberId, m => m.Id, (c, m) => new { m.Id, m.FullName })
            .ToListAsync(ct);
        problems.AddRange(unnumbered.Select(m => new ReportProblem(
            ReportProblemKind.MemberWithoutNumber,
            $"{m.FullName} belongs to {college} but has no member number.",
            MemberId: m.Id)));

        foreach (var open in meetings
            .Where(m => m.Status == MeetingStatus.Scheduled && m.StartsAtUtc <= nowUtc)
            .OrderBy(m => m.LocalDate))
        {
            problems.Add(new ReportProblem(
                ReportProblemKind.OpenRegister,
                $"The register of {open.Title} on {open.LocalDate:yyyy-MM-dd} is not locked; " +
                "its attendance is not credited yet.",
                GroupId: open.GroupId,
                WorkshopId: open.WorkshopId,
                MeetingId: open.Id));
        }

        // A register never saved has no rows at all: it is found through who was expected at it.
        var unmarked = await db.Meetings.AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Scheduled
                && m.StartsAtUtc <= nowUtc
                && m.LocalDate >= window.Start
                && m.LocalDate <= window.End
                && !db.Attendances.Any(a => a.MeetingId == m.Id))
            .OrderBy(m => m.LocalDate)
            .ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.GroupId, m.WorkshopId, m.LocalDate, m.Title })
            .ToListAsync(ct);
        foreach (var forgotten in unmarked.Where(m => m.GroupId is { } g
            ? groups[g].Leaders.Any(l => memberIds.Contains(l.MemberId))
                || groups[g].Enrolments.Any(e => memberIds.Contains(e.MemberId) && e.IsEnrolledOn(m.LocalDate))
            : workshops[m.WorkshopId!.Value].Participants.Any(p => memberIds.Contains(p.MemberId))))
        {
            problems.Add(new ReportProblem(
                ReportProblemKind.UnmarkedRegister,
                $"The register of {forgotten.Title} on {forgotten.LocalDate:yyyy-MM-dd} was never marked; " +
                $"{college} members were expected. Mark and lock it, or cancel the meeting if it did not take place.",
                GroupId: forgotten.GroupId,
                WorkshopId: forgotten.WorkshopId,
                MeetingId: forgotten.Id));
        }

        foreach (var groupId in meetings.Where(m => m.GroupId != null).Select(m => m.GroupId!.Value).Distinct().Order()
                     .Where(id => groups[id].Accreditations.All(a => a.College != college)))
        {
            problems.Add(new ReportProblem(
                ReportProblemKind.ActivityWithoutNumber,
                $"{groups[groupId].Name} has {college} members but no {college} activity number.",
                GroupId: groupId));
        }

        foreach (var workshopId in meetings.Where(m => m.WorkshopId != null)
                     .Select(m => m.WorkshopId!.Value)
                     .Distinct()
                     .Order()
                     .Where(id => workshops[id].Accreditations.All(a => a.College != college)))
        {
            problems.Add(new ReportProblem(
                ReportProblemKind.ActivityWithoutNumber,
                $"{workshops[workshopId].Title} has {college} participants but no {college} activity number.",
                WorkshopId: workshopId));
        }

        return problems;
    }
}
