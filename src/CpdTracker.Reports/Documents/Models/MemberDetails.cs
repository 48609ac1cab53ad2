namespace CpdTracker.Reports.Documents.Models;

/// <summary>The clinician a document is about, with a number for each college they belong to.</summary>
public sealed record MemberDetails(string FullName, string Profession, IReadOnlyList<CollegeMembership> Memberships);
