using Tsunagu.Domain.Prescriptions.Lifecycle;

namespace Tsunagu.Domain.Prescriptions.History;

/// <summary>The medication-history records of a registered prescription or dispensing result, one per drug line.</summary>
public static class MedicationRecords
{
    /// <summary>
    /// A prescription's lines, from its 交付年月日. Until a dispensing supersedes them they count as long as a pharmacy
    /// could still receive the prescription; an in-house order's count like a dispensing's.
    /// </summary>
    public static IReadOnlyList<MedicationRecord> ForPrescription(
        string id, Prescription prescription, IReadOnlyList<PrescribedDrug> drugs, PrescriptionState state, bool inpatient)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        ArgumentNullException.ThrowIfNull(drugs);
        ArgumentNullException.ThrowIfNull(state);
        var inHouse = state.IssueType == IssueType.InHouse;
        var source = new Source(MedicationRecordKind.Prescription, id, id, prescription.Facility, prescription.IssueDate, inHouse ? null : state.Window.To, inpatient, inHouse);
        return [.. drugs.Select(source.Record)];
    }

    /// <summary>A dispensing result's lines, from its 調剤年月日.</summary>
    public static IReadOnlyList<MedicationRecord> ForDispensing(string id, DispensingResult result, IReadOnlyList<PrescribedDrug> drugs, string? prescriptionId)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(drugs);
        var source = new Source(MedicationRecordKind.Dispensing, id, prescriptionId, result.Pharmacy, result.DispensedOn, null, false, false);
        return [.. drugs.Select(source.Record)];
    }

    private sealed record Source(
        MedicationRecordKind Kind, string Id, string? PrescriptionId, Facility Facility, DateOnly Date, DateOnly? UsableUntil, bool Inpatient, bool InHouse)
    {
        public MedicationRecord Record(PrescribedDrug drug) => new(
            Kind,
            Id,
            drug.Line,
            PrescriptionId,
            Facility.Code,
            Facility.Name,
            Date,
            UsableUntil,
            drug.Drug.Code?.Value,
            drug.Resolved?.Code,
            drug.Resolved?.Ingredient,
            drug.Drug.Name,
            drug.Drug.Quantity,
            drug.Drug.Unit,
            drug.Rp.Usage.Text,
            drug.Rp.Form,
            (int)Math.Ceiling(drug.Rp.Quantity),
            Inpatient,
            InHouse);
    }
}
