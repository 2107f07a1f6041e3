namespace Tsunagu.Server.Demo.Generation;

/// <summary>Common male given names (名) with their readings, split by the generation that favoured them.</summary>
internal static class MaleGivenNames
{
    /// <summary>Names common among men born before about 1975.</summary>
    public static IReadOnlyList<NameEntry> Older { get; } =
    [
        new("清", "キヨシ"), new("実", "ミノル"), new("茂", "シゲル"), new("博", "ヒロシ"), new("勇", "イサム"),
        new("進", "ススム"), new("弘", "ヒロシ"), new("正", "タダシ"), new("隆", "タカシ"), new("浩", "ヒロシ"),
        new("明", "アキラ"), new("誠", "マコト"), new("修", "オサム"), new("豊", "ユタカ"), new("勝", "マサル"),
        new("稔", "ミノル"), new("昭", "アキラ"), new("武", "タケシ"), new("和夫", "カズオ"), new("正男", "マサオ"),
        new("一郎", "イチロウ"), new("健一", "ケンイチ"), new("和彦", "カズヒコ"), new("幸雄", "ユキオ"), new("茂雄", "シゲオ"),
        new("義雄", "ヨシオ"), new("秀樹", "ヒデキ"), new("敏夫", "トシオ"), new("正雄", "マサオ"), new("健二", "ケンジ"),
        new("哲也", "テツヤ"), new("浩二", "コウジ"), new("達也", "タツヤ"), new("英樹", "ヒデキ"), new("直樹", "ナオキ"),
        new("聡", "サトシ"), new("剛", "ツヨシ"), new("修一", "シュウイチ"), new("昇", "ノボル"), new("孝", "タカシ"),
        new("三郎", "サブロウ"), new("次郎", "ジロウ"), new("勝利", "カツトシ"), new("光男", "ミツオ"), new("正人", "マサト"),
        new("信夫", "ノブオ"), new("義明", "ヨシアキ"), new("博之", "ヒロユキ"), new("智", "サトシ"), new("幸一", "コウイチ"),
    ];

    /// <summary>Names common among men born from about 1975 on.</summary>
    public static IReadOnlyList<NameEntry> Younger { get; } =
    [
        new("大輔", "ダイスケ"), new("拓也", "タクヤ"), new("翔太", "ショウタ"), new("健太", "ケンタ"), new("大樹", "ダイキ"),
        new("翔", "ショウ"), new("拓海", "タクミ"), new("蓮", "レン"), new("陽翔", "ハルト"), new("湊", "ミナト"),
        new("悠真", "ユウマ"), new("大翔", "ヒロト"), new("蒼", "アオイ"), new("樹", "イツキ"), new("悠斗", "ユウト"),
        new("颯太", "ソウタ"), new("陸", "リク"), new("結翔", "ユイト"), new("悠人", "ハルト"), new("海斗", "カイト"),
        new("陽太", "ヨウタ"), new("優斗", "ユウト"), new("翼", "ツバサ"), new("亮", "リョウ"), new("直人", "ナオト"),
        new("和也", "カズヤ"), new("康平", "コウヘイ"), new("雄太", "ユウタ"), new("勇気", "ユウキ"), new("智也", "トモヤ"),
        new("涼", "リョウ"), new("俊介", "シュンスケ"), new("隼人", "ハヤト"), new("颯", "ハヤテ"), new("朝陽", "アサヒ"),
        new("律", "リツ"), new("奏太", "カナタ"), new("悠", "ユウ"), new("健", "ケン"), new("大和", "ヤマト"),
        new("航", "ワタル"), new("慎也", "シンヤ"), new("悠希", "ユウキ"), new("陽向", "ヒナタ"), new("湊人", "ミナト"),
        new("春輝", "ハルキ"), new("蒼空", "ソラ"), new("瑛太", "エイタ"), new("匠", "タクミ"), new("駿", "シュン"),
    ];
}
