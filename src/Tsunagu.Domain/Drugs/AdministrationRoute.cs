namespace Tsunagu.Domain.Drugs;

/// <summary>
/// 投与経路 as the 重複投薬等チェック groups it: the 区分 of the 薬価基準 list (内用薬 / 外用薬 / 注射薬 / 歯科用薬剤).
/// "Same ingredient by the same route" compares these.
/// </summary>
public enum AdministrationRoute
{
    /// <summary>内服 (区分 内用薬).</summary>
    Oral = 1,

    /// <summary>外用 (区分 外用薬): skin, eye, ear, nose, rectal and vaginal use alike.</summary>
    Topical = 2,

    /// <summary>注射 (区分 注射薬).</summary>
    Injection = 3,

    /// <summary>歯科用 (区分 歯科用薬剤).</summary>
    Dental = 4,
}
