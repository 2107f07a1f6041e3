namespace Tsunagu.Domain.Drugs;

/// <summary>剤形 of the 支払基金 医薬品マスター (column 28).</summary>
public enum DosageForm
{
    /// <summary>1 内用 (oral).</summary>
    Oral = 1,

    /// <summary>3 その他 (neither oral, injection, topical nor dental).</summary>
    Other = 3,

    /// <summary>4 注射 (injection).</summary>
    Injection = 4,

    /// <summary>6 外用 (topical).</summary>
    Topical = 6,

    /// <summary>8 歯科用 (dental).</summary>
    Dental = 8,
}
