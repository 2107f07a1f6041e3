using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>Reads answers as JSON documents, so tests assert on the wire shape rather than on server types.</summary>
public static class Json
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    /// <summary>Asserts that <paramref name="actual"/> is <paramref name="expected"/>, whatever the order of object properties; a failure shows both.</summary>
    public static void AssertEquivalent(JsonNode expected, JsonElement actual) =>
        Assert.Equal(Canonical(expected), Canonical(JsonNode.Parse(actual.GetRawText())));

    private static string Canonical(JsonNode? node) => Sorted(node)?.ToJsonString(Indented) ?? "null";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
