namespace Tsunagu.Server.Prescriptions.Cds;

/// <summary>A FHIR Coding as CDS Hooks writes one in JSON.</summary>
public sealed record CdsCoding(string System, string Code, string Display);
