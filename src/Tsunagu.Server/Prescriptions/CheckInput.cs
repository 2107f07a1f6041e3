namespace Tsunagu.Server.Prescriptions;

/// <summary>A check request as sent: a JSON list of codes or a prescription document, and the query's options.</summary>
/// <param name="PrescriptionId">The registered prescription the drugs belong to (a pharmacy checking what it received), whose own lines are left out.</param>
/// <param name="InHouse">The drugs are an in-house order: compared as of its 処方等年月日.</param>
public sealed record CheckInput(byte[] Body, string MediaType, bool IncludeOwn, string? PrescriptionId, bool InHouse);
