namespace Tsunagu.Domain.Prescriptions;

/// <summary>情報区分 of CSV record 201: a drug or a medical material.</summary>
public enum DrugInformationKind
{
    /// <summary>1 医薬品.</summary>
    Medicine = 1,

    /// <summary>2 医療材料 (特定保険医療材料).</summary>
    MedicalMaterial = 2,
}
