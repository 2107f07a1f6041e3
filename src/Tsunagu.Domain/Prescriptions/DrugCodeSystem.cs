namespace Tsunagu.Domain.Prescriptions;

/// <summary>The code systems a drug may be coded in (薬品コード種別 in CSV; coding.system in FHIR).</summary>
public enum DrugCodeSystem
{
    /// <summary>レセプト電算処理システム用コード (9 digits; CSV 種別 2). The code the service checks with.</summary>
    Receipt,

    /// <summary>薬価基準収載医薬品コード (厚労省コード, 12 characters; CSV 種別 3 as seen in JAHIS5).</summary>
    PriceListing,

    /// <summary>YJ コード (個別医薬品コード, 12 characters; CSV 種別 4).</summary>
    Yj,

    /// <summary>一般名処方マスタ code (12 characters ending in ZZZ; CSV 種別 7).</summary>
    GenericName,

    /// <summary>MEDIS HOT 7 (処方用).</summary>
    Hot7,

    /// <summary>MEDIS HOT 9.</summary>
    Hot9,

    /// <summary>MEDIS HOT 13.</summary>
    Hot13,

    /// <summary>GS1 GTIN-14 (調剤包装単位), the fallback when no standard code exists.</summary>
    Gtin,
}
