namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>A prescription or dispensing result in the medication history: who issued or dispensed it, when, and its drugs.</summary>
/// <param name="PrescriptionId">For a dispensing: the registered prescription it answered, if any.</param>
/// <param name="Dispensed">For a prescription: whether a dispensing result answers it.</param>
public sealed record HistoryDocumentView(
    string Id,
    string? PrescriptionId,
    string FacilityCode,
    string FacilityName,
    string Date,
    bool InHouse,
    bool Inpatient,
    bool? Dispensed,
    IReadOnlyList<HistoryDrugView> Drugs);
