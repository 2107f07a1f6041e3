namespace Tsunagu.Server.Demo.Generation;

/// <summary>Made-up company brands and industries that name the demo 健康保険組合 (e.g. 青葉電機健康保険組合).</summary>
internal static class SocietyNameParts
{
    public static IReadOnlyList<string> Brands { get; } =
    [
        "青葉", "若葉", "北斗", "日輪", "銀河", "明星", "白鷺", "朱雀", "翠嶺", "紫雲", "蒼海", "東雲",
    ];

    public static IReadOnlyList<string> Industries { get; } =
    [
        "電機", "商事", "自動車工業", "製薬", "建設", "化学", "鉄鋼", "物産", "銀行", "印刷",
        "食品", "運輸", "情報システム", "百貨店", "証券", "精工", "重工業", "電力", "ガス", "生命保険",
    ];
}
