namespace Tsunagu.Server.Demo.Generation;

/// <summary>Town names (町名) and building names that make up demo street addresses; generic, found in many cities.</summary>
internal static class AddressParts
{
    public static IReadOnlyList<string> Towns { get; } =
    [
        "本町", "栄町", "緑町", "旭町", "中央", "東町", "西町", "南町", "北町", "新町",
        "元町", "幸町", "桜町", "松原", "若葉", "青葉台", "桜ケ丘", "緑が丘", "山手町", "宮前",
        "港町", "住吉町", "平和町", "日の出町", "富士見町", "春日町", "花園町", "八幡町", "天神町", "昭和町",
        "錦町", "泉町", "美園町", "清水町", "大和町", "寿町", "曙町", "高砂町", "柳町", "東雲",
    ];

    public static IReadOnlyList<string> Buildings { get; } =
    [
        "グリーンハイツ", "サンライズマンション", "メゾン桜", "コーポ松原", "パークハイツ", "ロイヤルマンション",
        "シティコート", "レジデンス若葉", "ハイツ富士見", "エスポワール", "アーバンヒルズ", "コスモ東町",
    ];
}
