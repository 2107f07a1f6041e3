using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>A dispensing result (調剤結果) to store: canonical content and the payload it was read from.</summary>
/// <param name="PrescriptionId">The registered prescription it answers; null for a paper prescription.</param>
/// <param name="UseNumber">Which use of that prescription it was (1, or 2–3 for a リフィル).</param>
/// <param name="Signer">The name in the pharmacist's certificate, for a signed result.</param>
public sealed record NewDispensing(
    string Id,
    long PersonId,
    string? PrescriptionId,
    int? UseNumber,
    string? Signer,
    string MediaType,
    DispensingResult Content,
    byte[] Raw);
