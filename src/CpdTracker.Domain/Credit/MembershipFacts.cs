namespace CpdTracker.Domain.Credit;

/// <summary>What the engine needs of a member's college membership; CycleStart anchors
/// member-anniversary periods.</summary>
public sealed record MembershipFacts(string College, string MemberNumber, DateOnly? CycleStart);
