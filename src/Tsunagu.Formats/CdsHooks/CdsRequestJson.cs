using System.Text.Json;

namespace Tsunagu.Formats.CdsHooks;

/// <summary>
/// A CDS Hooks 2.0 service call as sent: the hook, this call's id, the hook's context, and the prefetched FHIR data by
/// prefetch key (a key's value is null when the client found no data). Members not named here (fhirServer,
/// fhirAuthorization, extension) are allowed and not read.
/// </summary>
internal sealed record CdsRequestJson(string? Hook, string? HookInstance, OrderSignContextJson? Context, Dictionary<string, JsonElement?>? Prefetch);
