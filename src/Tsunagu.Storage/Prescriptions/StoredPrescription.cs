using Tsunagu.Domain.Prescriptions;
using Tsunagu.Domain.Prescriptions.Lifecycle;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>A registered prescription as stored: its id, patient, issuing facility, lifecycle state and canonical content.</summary>
/// <param name="AccessCode">引換番号 while the prescription is live; null once it is cancelled, fully dispensed or expired (and for in-house orders).</param>
/// <param name="Signer">The name in the doctor's certificate, for a signed registration.</param>
/// <param name="MediaType">The media type the payload arrived in (the payload itself is kept beside it).</param>
public sealed record StoredPrescription(
    string Id,
    long PersonId,
    string FacilityCode,
    PrescriptionState State,
    string? AccessCode,
    bool Inpatient,
    string? Signer,
    string MediaType,
    Prescription Content,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
