namespace Tsunagu.Server.Prescriptions.Cds;

/// <summary>The answer to <c>GET /cds-services</c> (CDS Hooks discovery): every service this server offers.</summary>
public sealed record CdsDiscovery(IReadOnlyList<CdsServiceView> Services);
