using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tsunagu.Server.Eligibility;

/// <summary>
/// Source-generated JSON for the eligibility check, its hottest path.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EligibilityCheckRequest))]
[JsonSerializable(typeof(EligibilityCheckResponse))]
public sealed partial class EligibilityJson : JsonSerializerContext;
