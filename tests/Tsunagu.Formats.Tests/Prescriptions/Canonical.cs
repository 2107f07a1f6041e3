using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tsunagu.Formats.Tests.Prescriptions;

/// <summary>Compares canonical models by their complete JSON form, so a round trip must keep every field and list.</summary>
internal static class Canonical
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static void AssertSame<T>(T expected, T actual) => Assert.Equal(Json(expected), Json(actual));
}
