namespace Tsunagu.Server.Prescriptions.Cds;

/// <summary>One CDS service as discovery lists it: the hook it answers, its id (the path under /cds-services), and the data it needs prefetched.</summary>
/// <param name="Prefetch">Prefetch key → FHIR query template the client fills in (<c>{{context.patientId}}</c>).</param>
/// <param name="UsageRequirements">What a client must arrange before calling: the token, the prefetch, the coding.</param>
public sealed record CdsServiceView(
    string Hook,
    string Id,
    string Title,
    string Description,
    IReadOnlyDictionary<string, string> Prefetch,
    string UsageRequirements);
