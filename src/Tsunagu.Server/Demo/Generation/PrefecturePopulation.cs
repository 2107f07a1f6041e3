namespace Tsunagu.Server.Demo.Generation;

/// <summary>Population of each prefecture at the 2020 census (令和2年国勢調査), in thousands, by JIS code.</summary>
internal static class PrefecturePopulation
{
    private static readonly int[] Thousands =
    [
        5225, 1238, 1211, 2302, 960, 1068, 1833, // 北海道 青森 岩手 宮城 秋田 山形 福島
        2867, 1933, 1939, 7345, 6284, 14048, 9237, // 茨城 栃木 群馬 埼玉 千葉 東京 神奈川
        2201, 1035, 1133, 767, 810, 2048, // 新潟 富山 石川 福井 山梨 長野
        1979, 3633, 7542, 1770, // 岐阜 静岡 愛知 三重
        1414, 2578, 8838, 5465, 1324, 923, // 滋賀 京都 大阪 兵庫 奈良 和歌山
        553, 671, 1888, 2800, 1342, // 鳥取 島根 岡山 広島 山口
        720, 950, 1335, 692, // 徳島 香川 愛媛 高知
        5135, 811, 1312, 1738, 1124, 1070, 1588, 1467, // 福岡 佐賀 長崎 熊本 大分 宮崎 鹿児島 沖縄
    ];

    /// <summary>The 47 populations in code order, as weights.</summary>
    public static IReadOnlyList<double> Weights { get; } = Array.ConvertAll(Thousands, static n => (double)n);

    public static int Of(int prefectureCode) => Thousands[prefectureCode - 1];
}
