using System.Text.Json;

namespace Tsunagu.Formats.CdsHooks;

/// <summary>The context of the <c>order-sign</c> hook: who signs, for which patient (the client's FHIR id), and the draft orders (a FHIR Bundle).</summary>
internal sealed record OrderSignContextJson(string? UserId, string? PatientId, JsonElement? DraftOrders);
