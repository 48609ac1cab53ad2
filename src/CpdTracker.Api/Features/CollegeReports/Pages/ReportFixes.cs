namespace CpdTracker.Api.Features.CollegeReports.Pages;

/// <summary>Where the administrator fixes what a report check found: the member, group or workshop page, or the
/// register.</summary>
public static class ReportFixes
{
    public static (string Href, string Text)? Link(ReportProblem problem, string ruleSetCode) => problem.Kind switch
    {
        ReportProblemKind.MemberWithoutNumber when problem.MemberId is { } id => ($"/admin/members/{id}",
            "Add the member's number"),
        ReportProblemKind.ActivityWithoutNumber when problem.GroupId is { } id => ($"/admin/groups/{id}",
            "Add the group's activity number"),
        ReportProblemKind.ActivityWithoutNumber when problem.WorkshopId is { } id => ($"/admin/workshops/{id}",
            "Add the workshop's activity number"),
        ReportProblemKind.OpenRegister or ReportProblemKind.UnmarkedRegister when problem.MeetingId is { } id =>
            ($"/meetings/{id}", "Open the register"),
        ReportProblemKind.LayoutMissingCategory => ($"/admin/rules/{ruleSetCode}", "See the rule set"),
        _ => null,
    };
}
