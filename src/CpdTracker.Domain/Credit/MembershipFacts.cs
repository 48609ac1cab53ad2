namespace CpdTracker.Domain.Credit;

public sealed record MembershipFacts(string College, string MemberNumber, DateOnly? CycleStart);
