namespace CpdTracker.Reports.Documents.Models;

/// <summary>A member's number at one college, e.g. ("RACGP", "123456").</summary>
public sealed record CollegeMembership(string College, string MemberNumber);
