namespace CpdTracker.Reports.Documents.Models;

/// <summary>The total credited in one category over the period.</summary>
public sealed record CategoryTotal(string CategoryCode, string CategoryName, decimal Amount);
