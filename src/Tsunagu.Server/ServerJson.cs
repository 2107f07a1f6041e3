using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Tsunagu.Server.Errors;

namespace Tsunagu.Server;

/// <summary>
/// Source-generated JSON for the server's own bodies (camelCase, nulls omitted). Japanese text is written as is,
/// not as \u escapes, so answers stay readable; HTML-sensitive characters are still escaped.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ProblemBody))]
public sealed partial class ServerJson : JsonSerializerContext
{
    /// <summary>Lets Japanese (and every other script) through unescaped.</summary>
    public static JavaScriptEncoder ReadableEncoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The context with <see cref="ReadableEncoder"/>.</summary>
    public static ServerJson Readable { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = ReadableEncoder,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });
}
