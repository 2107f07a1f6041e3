using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>Whom a dispensing result is for: the person, and the registered prescription it answers (null for a paper one).</summary>
public sealed record DispensingSubject(long PersonId, StoredPrescription? Prescription);
