namespace Tsunagu.Domain.Drugs;

/// <summary>Where a drug's <see cref="AdministrationRoute"/> comes from: the 薬価基準 list's 区分, the master's 剤形, or the code itself.</summary>
public static class AdministrationRoutes
{
    /// <summary>The route named by a 区分 of the MHLW 薬価基準 list (内用薬, 外用薬, 注射薬, 歯科用薬剤); null for any other text.</summary>
    public static AdministrationRoute? FromCategory(string category) => category switch
    {
        "内用薬" => AdministrationRoute.Oral,
        "外用薬" => AdministrationRoute.Topical,
        "注射薬" => AdministrationRoute.Injection,
        "歯科用薬剤" => AdministrationRoute.Dental,
        _ => null,
    };

    /// <summary>The 区分 text of a route, as the 薬価基準 list writes it.</summary>
    public static string Category(AdministrationRoute route) => route switch
    {
        AdministrationRoute.Oral => "内用薬",
        AdministrationRoute.Topical => "外用薬",
        AdministrationRoute.Injection => "注射薬",
        _ => "歯科用薬剤",
    };

    /// <summary>
    /// The route of a master row: its 剤形, or for 剤形 3 (その他) the 投与経路 digits of its 薬価基準 code.
    /// </summary>
    public static AdministrationRoute FromDosageForm(DosageForm form, string priceListCode) => form switch
    {
        DosageForm.Oral => AdministrationRoute.Oral,
        DosageForm.Injection => AdministrationRoute.Injection,
        DosageForm.Topical => AdministrationRoute.Topical,
        DosageForm.Dental => AdministrationRoute.Dental,
        _ => FromCode(priceListCode),
    };

    /// <summary>
    /// The route the 5th to 7th characters of a 薬価基準 code (or of its 7-character class key) give:
    /// 001–399 内服, 400–699 注射, 700–999 外用 (identifiers.md §9). Dental drugs carry 外用 numbers.
    /// </summary>
    public static AdministrationRoute FromCode(string code)
    {
        var number = ((code[4] - '0') * 100) + ((code[5] - '0') * 10) + (code[6] - '0');
        return number switch
        {
            < 400 => AdministrationRoute.Oral,
            < 700 => AdministrationRoute.Injection,
            _ => AdministrationRoute.Topical,
        };
    }
}
