namespace Tsunagu.Domain.Prescriptions;

/// <summary>One drug (薬品) or medical material of an RP (CSV record 201 and its 281 薬品補足; FHIR one MedicationRequest).</summary>
/// <param name="Index">RP内連番.</param>
/// <param name="Kind">情報区分: 医薬品 or 医療材料.</param>
/// <param name="Code">薬品コード with its 薬品コード種別; null when the drug is written by name only.</param>
/// <param name="Name">薬品名称 as printed.</param>
/// <param name="Quantity">分量: 1日量 for 内服, 1回量 for 頓服, 全量 otherwise.</param>
/// <param name="Potency">力価フラグ.</param>
/// <param name="Unit">単位名 as printed (錠, g, mL, 本, …).</param>
/// <param name="Supplements">薬品補足 (後発品変更不可, 粉砕, 一包化, free text, …), in order.</param>
public sealed record RpDrug(
    int Index,
    DrugInformationKind Kind,
    DrugCode? Code,
    string Name,
    decimal Quantity,
    Potency Potency,
    string Unit,
    IReadOnlyList<DrugSupplement> Supplements)
{
    /// <summary>True when the prescriber forbade switching to a generic (後発品変更不可).</summary>
    public bool GenericSubstitutionForbidden => Supplements.Any(s => s.Kind == DrugSupplementKind.NoGenericSubstitution);
}
