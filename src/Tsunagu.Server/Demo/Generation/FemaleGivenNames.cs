namespace Tsunagu.Server.Demo.Generation;

/// <summary>Common female given names (名) with their readings, split by the generation that favoured them.</summary>
internal static class FemaleGivenNames
{
    /// <summary>Names common among women born before about 1975.</summary>
    public static IReadOnlyList<NameEntry> Older { get; } =
    [
        new("和子", "カズコ"), new("幸子", "サチコ"), new("節子", "セツコ"), new("洋子", "ヨウコ"), new("京子", "キョウコ"),
        new("恵子", "ケイコ"), new("久子", "ヒサコ"), new("美智子", "ミチコ"), new("弘子", "ヒロコ"), new("悦子", "エツコ"),
        new("信子", "ノブコ"), new("千代子", "チヨコ"), new("登美子", "トミコ"), new("文子", "フミコ"), new("敏子", "トシコ"),
        new("照子", "テルコ"), new("静子", "シズコ"), new("典子", "ノリコ"), new("裕子", "ユウコ"), new("由美子", "ユミコ"),
        new("順子", "ジュンコ"), new("恵美子", "エミコ"), new("真由美", "マユミ"), new("明美", "アケミ"), new("直美", "ナオミ"),
        new("久美子", "クミコ"), new("智子", "トモコ"), new("陽子", "ヨウコ"), new("良子", "ヨシコ"), new("和代", "カズヨ"),
        new("光子", "ミツコ"), new("春子", "ハルコ"), new("正子", "マサコ"), new("清子", "キヨコ"), new("美代子", "ミヨコ"),
        new("好子", "ヨシコ"), new("多恵子", "タエコ"), new("孝子", "タカコ"), new("美香", "ミカ"), new("由美", "ユミ"),
        new("純子", "ジュンコ"), new("紀子", "ノリコ"), new("一美", "カズミ"), new("礼子", "レイコ"), new("律子", "リツコ"),
        new("淳子", "ジュンコ"), new("美佐子", "ミサコ"), new("幸江", "ユキエ"), new("睦子", "ムツコ"), new("絹子", "キヌコ"),
    ];

    /// <summary>Names common among women born from about 1975 on.</summary>
    public static IReadOnlyList<NameEntry> Younger { get; } =
    [
        new("陽菜", "ヒナ"), new("結衣", "ユイ"), new("葵", "アオイ"), new("凛", "リン"), new("結菜", "ユイナ"),
        new("咲良", "サクラ"), new("芽依", "メイ"), new("美咲", "ミサキ"), new("愛", "アイ"), new("彩", "アヤ"),
        new("優子", "ユウコ"), new("麻衣", "マイ"), new("香織", "カオリ"), new("沙織", "サオリ"), new("舞", "マイ"),
        new("恵", "メグミ"), new("瞳", "ヒトミ"), new("彩香", "アヤカ"), new("美穂", "ミホ"), new("奈々", "ナナ"),
        new("千尋", "チヒロ"), new("七海", "ナナミ"), new("真央", "マオ"), new("楓", "カエデ"), new("杏", "アン"),
        new("紬", "ツムギ"), new("澪", "ミオ"), new("芽生", "メイ"), new("心春", "コハル"), new("莉子", "リコ"),
        new("結愛", "ユア"), new("陽葵", "ヒマリ"), new("花", "ハナ"), new("美月", "ミヅキ"), new("遥", "ハルカ"),
        new("彩花", "アヤカ"), new("萌", "モエ"), new("亜美", "アミ"), new("友美", "トモミ"), new("由佳", "ユカ"),
        new("絵美", "エミ"), new("裕美", "ヒロミ"), new("愛美", "マナミ"), new("菜摘", "ナツミ"), new("さくら", "サクラ"),
        new("真由", "マユ"), new("里奈", "リナ"), new("明日香", "アスカ"), new("桃子", "モモコ"), new("詩織", "シオリ"),
    ];
}
