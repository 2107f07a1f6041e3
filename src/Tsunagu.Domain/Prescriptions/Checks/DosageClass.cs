namespace Tsunagu.Domain.Prescriptions.Checks;

/// <summary>剤形区分 of a prescription's RP (record 101 of the prescription CSV).</summary>
public enum DosageClass
{
    /// <summary>1 内服.</summary>
    Oral = 1,

    /// <summary>2 頓服 (as needed): its in-use period cannot be computed and counts as 14 days.</summary>
    AsNeeded = 2,

    /// <summary>3 外用 (topical): its in-use period cannot be computed and counts as 14 days.</summary>
    Topical = 3,

    /// <summary>4 内服滴剤.</summary>
    OralDrops = 4,

    /// <summary>5 注射.</summary>
    Injection = 5,

    /// <summary>6 医療材料.</summary>
    Material = 6,

    /// <summary>9 不明.</summary>
    Unknown = 9,
}
