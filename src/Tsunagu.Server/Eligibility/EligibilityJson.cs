using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tsunagu.Server.Eligibility;

/// <summary>
/// Source-generated JSON for the eligibility check, its hottest path.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EligibilityCheckRequest))]
[JsonSerializable(typeof(List<EligibilityCheckRequest>))]
[JsonSerializable(typeof(EligibilityCheckResponse))]
[JsonSerializable(typeof(List<Domain.Eligibility.EligibilityQueryDraft>))]
[JsonSerializable(typeof(List<EligibilityCheckResponse>))]
[JsonSerializable(typeof(BulkCheckAccepted))]
[JsonSerializable(typeof(BulkCheckStatus))]
public sealed partial class EligibilityJson : JsonSerializerContext;
