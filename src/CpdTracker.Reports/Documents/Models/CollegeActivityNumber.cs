namespace CpdTracker.Reports.Documents.Models;

/// <summary>The number under which a college accredited the group or workshop, e.g. ("RACGP", "1234567").</summary>
public sealed record CollegeActivityNumber(string College, string ActivityNumber);
