using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CpdTracker.Domain.Credit;

/// <summary>Rule sets as the JSON documents that ship with the product and that administrators replace.</summary>
public static class RuleSetJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Documents, never HTML: keep "→", "–" and macrons readable for the administrators who edit them.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    // Documents stored before these derived fields were left out still carry them; they are read past, never trusted.
    private static readonly string[] FormerlyWritten = ["unitName", "categories"];

    public static RuleSet Parse(string json)
    {
        var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        if (node is JsonObject document)
        {
            foreach (var name in FormerlyWritten)
            {
                document.Remove(name);
            }
        }

        return node.Deserialize<RuleSet>(Options) ?? throw new CreditRuleException("The rule set document is empty.");
    }

    public static string Serialize(RuleSet ruleSet) => JsonSerializer.Serialize(ruleSet, Options);
}
