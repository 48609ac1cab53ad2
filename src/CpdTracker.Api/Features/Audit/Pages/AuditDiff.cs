using System.Text.Json;
using System.Text.RegularExpressions;

namespace CpdTracker.Api.Features.Audit.Pages;

/// <summary>One thing an audited change altered, in words: "Dr Zoë O'Brien · status", "Present" → "Absent".</summary>
public sealed record AuditChange(string What, string? Before, string? After);

/// <summary>Turns an audit row's before and after snapshots (JSON) into the list of what changed. Lines of a list that
/// carry a member id (a register's entries) are matched by member and named, so a register reads as who changed from
/// what to what.</summary>
public static partial class AuditDiff
{
    public static IReadOnlyList<AuditChange> Changes(
        string? before, string? after, IReadOnlyDictionary<int, string> names)
    {
        var (old, now) = (Flatten(before, names), Flatten(after, names));
        return old.Keys.Union(now.Keys)
            .Select(k => new AuditChange(k, old.GetValueOrDefault(k), now.GetValueOrDefault(k)))
            .Where(c => c.Before != c.After)
            .ToList();
    }

    /// <summary>Every member id named in a snapshot, to look their names up once.</summary>
    public static IEnumerable<int> MemberIds(string? json) =>
        json is null ? [] : MemberIdPattern().Matches(json).Select(m => int.Parse(m.Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture));

    private static Dictionary<string, string> Flatten(string? json, IReadOnlyDictionary<int, string> names)
    {
        var values = new Dictionary<string, string>();
        if (json is not null)
        {
            using var document = JsonDocument.Parse(json);
            Add(document.RootElement, "", values, names);
        }

        return values;
    }

    private static void Add(JsonElement element, string path, Dictionary<string, string> values,
        IReadOnlyDictionary<int, string> names)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().Where(p => p.Name != "memberId" || path.Length == 0))
                {
                    Add(property.Value, Join(path, Words(property.Name)), values, names);
                }

                break;
            case JsonValueKind.Array when element.EnumerateArray().All(e =>
                e.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)):
                values[Fallback(path)] = string.Join(", ", element.EnumerateArray().Select(Text));
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var key = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("memberId", out var id)
                        && id.TryGetInt32(out var member)
                        ? names.GetValueOrDefault(member) is { } name ? $"{name} ({member})" : $"Member {member}"
                        : $"{Fallback(path)} {++index}";
                    Add(item, key, values, names);
                }

                break;
            default:
                values[Fallback(path)] = Text(element);
                break;
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when EnumName().IsMatch(value.GetString()!) => Words(value.GetString()!) is var w
            ? char.ToUpperInvariant(w[0]) + w[1..] : "",
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "none",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        _ => value.GetRawText(),
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path} · {name}";

    private static string Fallback(string path) => path.Length == 0 ? "value" : path;

    /// <summary>"minutesAttended" → "minutes attended".</summary>
    private static string Words(string name) => CapitalPattern().Replace(name, m => " " + m.Value.ToLowerInvariant())
        .Trim();

    [GeneratedRegex("\"memberId\":(\\d+)")]
    private static partial Regex MemberIdPattern();

    // "LeftEarly", "CoLeader": an enum's name as stored; shown as words.
    [GeneratedRegex("^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")]
    private static partial Regex EnumName();

    [GeneratedRegex("[A-Z]")]
    private static partial Regex CapitalPattern();
}
