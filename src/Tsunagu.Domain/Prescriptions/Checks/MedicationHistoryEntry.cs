using Tsunagu.Domain.Drugs;

namespace Tsunagu.Domain.Prescriptions.Checks;

/// <summary>
/// One drug of the patient's past prescriptions, dispensings or in-house orders (院内処方等), as the 重複投薬等チェック
/// compares new drugs against it.
/// </summary>
/// <param name="Drug">The drug resolved against the master, or null when it has no レセ電 code (uncoded entries are skipped).</param>
/// <param name="FacilityCode">The 医療機関コード of the facility or pharmacy that prescribed or dispensed it.</param>
/// <param name="Date">処方等年月日 for an in-house order, else the prescription's or dispensing's date: its in-use period starts here.</param>
/// <param name="DaysSupply">Days supplied (調剤数量 of an RP of 内服); ignored for 外用 and 頓服.</param>
/// <param name="Form">剤形区分 of the RP: 頓服 and 外用 count as in use for 14 days whatever their supply.</param>
/// <param name="Inpatient">True for inpatient prescriptions and administrations (excluded: they end with the stay).</param>
/// <param name="InHouse">True for an in-house order (院内処方等) registered by the facility itself.</param>
public sealed record MedicationHistoryEntry(
    ResolvedDrug? Drug,
    string FacilityCode,
    DateOnly Date,
    int DaysSupply,
    DosageForm Form,
    bool Inpatient = false,
    bool InHouse = false);
