using System.Text.Json.Serialization;

namespace CpdTracker.Domain.Credit;

public enum CreditUnit
{
    Hours,
    Points,
    Credits,
}

public enum PeriodKind
{
    Annual,
    Triennium,
    MemberAnniversary,
}

public enum RoundingMode
{
    Down,
    Nearest,
}

/// <summary>When a college's periods start: every year on a month/day, every three years from an anchor year, or on the member's own date.</summary>
public sealed record PeriodRule(PeriodKind Kind, int StartMonth = 1, int StartDay = 1, int? AnchorYear = null);

public sealed record Rounding(decimal Increment, RoundingMode Mode);

public sealed record CategoryShare(string Category, decimal Fraction);

/// <summary>What one kind of activity (optionally for one role) credits: the rate per hour attended, split across categories.</summary>
public sealed record ActivityMapping(ActivityKind Kind, AttendanceRole? Role, decimal RatePerHour, IReadOnlyList<CategoryShare> Categories);

/// <summary>The most one accredited activity (one group, one workshop) may earn in a category in one period.</summary>
public sealed record CapRule(string Category, decimal MaxPerActivity);

/// <summary>Every full block of hours attended in one activity holding the college's number earns a fixed award instead of those hours' per-hour credit.</summary>
public sealed record BlockAward(decimal HoursPerBlock, decimal Award, string Category, string ReplacesCategory);

/// <summary>A minimum over one category, a set of categories, or (no categories) the total.</summary>
public sealed record Requirement(string Name, IReadOnlyList<string> Categories, decimal Minimum);

/// <summary>One college's rules for a span of time, as versioned data.</summary>
public sealed record RuleSet(
    string College,
    string Code,
    int Version,
    string Name,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    CreditUnit Unit,
    PeriodRule Period,
    Rounding Rounding,
    int MinimumMinutes,
    IReadOnlyList<ActivityMapping> Mappings,
    IReadOnlyList<CapRule> Caps,
    BlockAward? BlockAward,
    IReadOnlyList<Requirement> Requirements,
    IReadOnlyDictionary<string, string> CategoryNames,
    string? Notes = null)
{
    [JsonIgnore]
    public string UnitName => Unit.ToString().ToLowerInvariant();

    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    public ActivityMapping? MappingFor(ActivityKind kind, AttendanceRole role) =>
        Mappings.FirstOrDefault(m => m.Kind == kind && m.Role == role) ?? Mappings.FirstOrDefault(m => m.Kind == kind && m.Role is null);

    [JsonIgnore]
    public IEnumerable<string> Categories =>
        Mappings.SelectMany(m => m.Categories.Select(c => c.Category)).Concat(BlockAward is { } b ? [b.Category] : []).Distinct();
}
