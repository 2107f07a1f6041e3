namespace Tsunagu.Domain.Prescriptions;

/// <summary>剤形区分 (CSV record 101; 厚労省 電子処方箋CDA 別表3, OID 1.2.392.100495.20.2.21).</summary>
public enum DosageForm
{
    /// <summary>1 内服.</summary>
    Internal = 1,

    /// <summary>2 頓服.</summary>
    AsNeeded = 2,

    /// <summary>3 外用.</summary>
    External = 3,

    /// <summary>4 内服滴剤.</summary>
    InternalDrops = 4,

    /// <summary>5 注射.</summary>
    Injection = 5,

    /// <summary>6 医療材料.</summary>
    MedicalMaterial = 6,

    /// <summary>9 不明 (the form cannot be told).</summary>
    Unknown = 9,
}
