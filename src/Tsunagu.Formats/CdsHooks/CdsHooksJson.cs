using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tsunagu.Formats.CdsHooks;

/// <summary>Source-generated JSON of the CDS Hooks request envelope; its FHIR parts stay JSON until Firely reads them.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CdsRequestJson))]
internal sealed partial class CdsHooksJson : JsonSerializerContext;
