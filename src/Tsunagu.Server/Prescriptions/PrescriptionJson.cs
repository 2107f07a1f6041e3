using System.Text.Json;
using System.Text.Json.Serialization;
using Tsunagu.Server.Prescriptions.Views;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// Source-generated JSON for the prescription service's bodies (camelCase, nulls omitted, Japanese unescaped): no
/// reflection on its hot paths; enum values are written by name (e.g. a drug code's system), not as numbers.
/// <see cref="Readable"/> writes the answers kept for idempotent retries.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(RegistrationResponse))]
[JsonSerializable(typeof(PrescriptionView))]
[JsonSerializable(typeof(StatusView))]
[JsonSerializable(typeof(CheckRequest))]
[JsonSerializable(typeof(CheckResponse))]
[JsonSerializable(typeof(ReceiveRequest))]
[JsonSerializable(typeof(DispensingResponse))]
[JsonSerializable(typeof(MedicationHistoryResponse))]
[JsonSerializable(typeof(Cds.CdsDiscovery))]
[JsonSerializable(typeof(Cds.CdsResponse))]
public sealed partial class PrescriptionJson : JsonSerializerContext
{
    /// <summary>The context with the server's readable encoder, for bodies written as bytes.</summary>
    public static PrescriptionJson Readable { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = ServerJson.ReadableEncoder,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    });
}
