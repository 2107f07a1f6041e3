namespace Tsunagu.Server.Prescriptions;

/// <summary>A dispensing result as sent: the document, its media type, and the query's options.</summary>
/// <param name="IncludeOwn">Compare with the pharmacy's own dispensings too (the facility's opt-in of §6).</param>
public sealed record DispensingInput(byte[] Body, string MediaType, bool IncludeOwn, IdempotencyKey? Key);
