using Tsunagu.Domain.Drugs;

namespace Tsunagu.Domain.Prescriptions.History;

/// <summary>
/// One drug of a patient's medication history (薬剤情報): a line of a registered prescription, in-house order or
/// dispensing result, with what the 重複投薬等チェック compares and what the history view shows.
/// </summary>
/// <param name="SourceId">The 処方箋ID or 調剤結果 id the line belongs to.</param>
/// <param name="Line">The drug's position in its document (1-based).</param>
/// <param name="PrescriptionId">The prescription the line belongs to or answers; null for a paper dispensing.</param>
/// <param name="Date">交付年月日 (処方等年月日 for an in-house order) or 調剤年月日: the in-use period starts here.</param>
/// <param name="UsableUntil">For a prescription line: the last day a pharmacy could receive it; null otherwise.</param>
/// <param name="Code">薬品コード as written; null for a drug written by name.</param>
/// <param name="ResolvedCode">The レセ電 code or 一般名コード the master resolved it to; null when it is not checked (医療材料, uncoded).</param>
/// <param name="Ingredient">Its ingredient-and-route key when it was registered (used when the master no longer knows the code).</param>
/// <param name="Quantity">分量 as written (1日量 for 内服).</param>
/// <param name="DaysSupply">調剤数量 of its RP (days for 内服).</param>
public sealed record MedicationRecord(
    MedicationRecordKind Kind,
    string SourceId,
    int Line,
    string? PrescriptionId,
    string FacilityCode,
    string FacilityName,
    DateOnly Date,
    DateOnly? UsableUntil,
    string? Code,
    string? ResolvedCode,
    IngredientKey? Ingredient,
    string DrugName,
    decimal Quantity,
    string Unit,
    string Usage,
    DosageForm Form,
    int DaysSupply,
    bool Inpatient,
    bool InHouse);
