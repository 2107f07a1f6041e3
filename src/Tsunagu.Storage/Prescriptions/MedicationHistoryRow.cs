using Tsunagu.Domain.Prescriptions.History;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>One row of <c>medication_history</c> to write: a person and one drug line of their history.</summary>
public readonly record struct MedicationHistoryRow(long PersonId, MedicationRecord Record);
