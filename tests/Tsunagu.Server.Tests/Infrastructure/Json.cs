using System.Text.Json;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>Reads answers as JSON documents, so tests assert on the wire shape rather than on server types.</summary>
public static class Json
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
