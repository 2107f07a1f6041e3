namespace Tsunagu.Domain.Prescriptions.History;

/// <summary>Where a medication-history record comes from.</summary>
public enum MedicationRecordKind
{
    /// <summary>A registered prescription (処方情報), or an in-house order (院内処方等).</summary>
    Prescription = 1,

    /// <summary>A dispensing result (調剤情報).</summary>
    Dispensing = 2,
}
