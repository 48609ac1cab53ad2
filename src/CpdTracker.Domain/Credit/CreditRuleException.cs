namespace CpdTracker.Domain.Credit;

/// <summary>A question the rules cannot answer (no period ends in that year, no cycle start on the membership);
/// the API answers 400.</summary>
public sealed class CreditRuleException(string message) : Exception(message);
