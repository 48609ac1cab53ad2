using System.Text.Json.Serialization;

namespace CpdTracker.Domain.Credit;

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
        Mappings.FirstOrDefault(m => m.Kind == kind && m.Role == role)
            ?? Mappings.FirstOrDefault(m => m.Kind == kind && m.Role is null);

    [JsonIgnore]
    public IEnumerable<string> Categories =>
        Mappings.SelectMany(m => m.Categories.Select(c => c.Category)).Concat(BlockAward is { } b ? [b.Category] : [])
            .Distinct();
}
