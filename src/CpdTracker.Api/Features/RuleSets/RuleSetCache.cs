using System.Collections.Concurrent;
using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.RuleSets;

/// <summary>Parsed rule sets by document id. A stored version never changes, so a parse is kept for the app's
/// lifetime.</summary>
public sealed class RuleSetCache
{
    private readonly ConcurrentDictionary<int, RuleSet> _parsed = new();

    public RuleSet GetOrParse(int documentId, Func<string> json) =>
        _parsed.GetOrAdd(documentId, _ => RuleSetJson.Parse(json()));
}
