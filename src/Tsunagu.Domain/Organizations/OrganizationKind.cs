namespace Tsunagu.Domain.Organizations;

/// <summary>What an organization is; it decides which code identifies it and which operations it may call.</summary>
public enum OrganizationKind
{
    /// <summary>病院 (20 beds or more), 医科 facility code.</summary>
    Hospital,

    /// <summary>医科診療所 (0–19 beds), 医科 facility code.</summary>
    Clinic,

    /// <summary>歯科診療所, 歯科 facility code.</summary>
    Dental,

    /// <summary>保険薬局, 調剤 facility code.</summary>
    Pharmacy,

    /// <summary>訪問看護ステーション.</summary>
    VisitingNursing,

    /// <summary>保険者 (健保組合, 協会けんぽ, 共済, 国保, 後期高齢者医療広域連合), by 保険者番号.</summary>
    Insurer,

    /// <summary>市区町村 (公費 programs, PMH), by 全国地方公共団体コード.</summary>
    Municipality,
}
