namespace CpdTracker.Domain.Credit;

public enum PeriodKind
{
    Annual,
    Triennium,
    MemberAnniversary,
}

/// <summary>When a college's periods start: every year on a month/day, every three years from an anchor year, or on
/// the member's own date.</summary>
public sealed record PeriodRule(PeriodKind Kind, int StartMonth = 1, int StartDay = 1, int? AnchorYear = null);
