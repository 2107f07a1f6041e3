namespace Tsunagu.Domain.Prescriptions;

/// <summary>薬品補足区分 (CSV record 281).</summary>
public enum DrugSupplementKind
{
    /// <summary>1 一包化.</summary>
    UnitDosePackaging = 1,

    /// <summary>2 粉砕.</summary>
    Crushing = 2,

    /// <summary>3 後発品変更不可.</summary>
    NoGenericSubstitution = 3,

    /// <summary>4 剤形変更不可.</summary>
    NoFormChange = 4,

    /// <summary>5 含量規格変更不可.</summary>
    NoStrengthChange = 5,

    /// <summary>6 剤形変更不可及び含量規格変更不可.</summary>
    NoFormOrStrengthChange = 6,

    /// <summary>7 JAMI 補足用法.</summary>
    JamiSupplementaryUsage = 7,

    /// <summary>8 先発医薬品患者希望 (the patient asked for the brand-name drug).</summary>
    BrandRequestedByPatient = 8,
}
