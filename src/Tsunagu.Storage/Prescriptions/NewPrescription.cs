using Tsunagu.Domain.Prescriptions;
using Tsunagu.Domain.Prescriptions.Lifecycle;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>A prescription to store: the canonical content and, byte for byte, the payload it was read from.</summary>
public sealed record NewPrescription(
    string Id,
    long PersonId,
    PrescriptionState State,
    bool Inpatient,
    string? Signer,
    string MediaType,
    Prescription Content,
    byte[] Raw);
