namespace Tsunagu.Server.Demo.Generation;

/// <summary>Words that demo facility names are built from; generic, made up for the demo.</summary>
internal static class FacilityNameParts
{
    /// <summary>Friendly words that open many clinic, pharmacy and station names.</summary>
    public static IReadOnlyList<string> Friendly { get; } =
    [
        "さくら", "みどり", "ひまわり", "あおば", "つばさ", "ひかり", "こもれび", "たんぽぽ", "あさひ", "すずらん",
        "やまびこ", "そよかぜ", "のぞみ", "はなみずき", "かえで", "いちょう", "わかば", "ほほえみ", "ふれあい", "すこやか",
        "あおぞら", "にじいろ", "つくし", "けやき", "なごみ", "ひだまり", "こすもす", "みなみ", "やすらぎ", "ゆりかご",
    ];

    public static IReadOnlyList<string> Specialties { get; } =
    [
        "内科", "内科", "内科", "小児科", "整形外科", "皮膚科", "眼科", "耳鼻咽喉科", "泌尿器科", "心療内科",
        "産婦人科", "消化器内科", "循環器内科", "呼吸器内科", "脳神経外科", "形成外科", "外科", "精神科", "糖尿病内科", "腎臓内科",
    ];

    /// <summary>Endings of large hospitals' names after a place name.</summary>
    public static IReadOnlyList<string> LargeHospitalEndings { get; } =
    [
        "中央病院", "総合病院", "医療センター", "総合医療センター", "記念病院", "第一病院", "協同病院",
    ];

    /// <summary>Endings of smaller hospitals' names after a surname or place name.</summary>
    public static IReadOnlyList<string> SmallHospitalEndings { get; } =
    [
        "病院", "病院", "記念病院", "整形外科病院", "脳神経外科病院", "リハビリテーション病院", "胃腸病院", "循環器病院",
    ];

    /// <summary>Brands of the fictional large pharmacy chains (大型チェーン薬局).</summary>
    public static IReadOnlyList<string> PharmacyChains { get; } =
    [
        "つなぐ薬局", "あおぞら調剤薬局", "ことぶき薬局", "みらい薬局", "はなまる薬局", "いろは薬局",
    ];
}
