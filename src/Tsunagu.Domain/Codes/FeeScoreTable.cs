namespace Tsunagu.Domain.Codes;

/// <summary>点数表番号, the third digit of a 10-digit 医療機関コード.</summary>
public enum FeeScoreTable
{
    /// <summary>1 医科 (hospitals and medical clinics).</summary>
    Medical = 1,

    /// <summary>2 健診等機関 (checkup institutions outside insurance).</summary>
    Checkup = 2,

    /// <summary>3 歯科 (dental).</summary>
    Dental = 3,

    /// <summary>4 調剤 (insurance pharmacies).</summary>
    Dispensing = 4,

    /// <summary>5 老人保健施設.</summary>
    ElderlyCareFacility = 5,

    /// <summary>6 訪問看護ステーション.</summary>
    VisitingNursing = 6,
}
