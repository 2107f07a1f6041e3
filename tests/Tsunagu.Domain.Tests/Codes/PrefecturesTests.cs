using Tsunagu.Domain.Codes;

namespace Tsunagu.Domain.Tests.Codes;

public sealed class PrefecturesTests
{
    [Fact]
    public void There_are_47_prefectures_in_code_order()
    {
        Assert.Equal(Enumerable.Range(1, 47), Prefectures.All.Select(p => p.Code));
        Assert.Equal(47, Prefectures.All.Select(p => p.NameJa).Distinct().Count());
        Assert.Equal(47, Prefectures.All.Select(p => p.NameEn).Distinct().Count());
    }

    [Theory]
    [InlineData(1, "01", "北海道", "Hokkaido")]
    [InlineData(13, "13", "東京都", "Tokyo")]
    [InlineData(14, "14", "神奈川県", "Kanagawa")]
    [InlineData(26, "26", "京都府", "Kyoto")]
    [InlineData(27, "27", "大阪府", "Osaka")]
    [InlineData(33, "33", "岡山県", "Okayama")]
    [InlineData(39, "39", "高知県", "Kochi")]
    [InlineData(46, "46", "鹿児島県", "Kagoshima")]
    [InlineData(47, "47", "沖縄県", "Okinawa")]
    public void A_prefecture_is_found_by_its_jis_code(int code, string twoDigits, string nameJa, string nameEn)
    {
        Assert.True(Prefectures.TryGet(code, out var found));
        Assert.Equal(new Prefecture(code, nameJa, nameEn), found);
        Assert.Equal(twoDigits, found.TwoDigits);
        Assert.Equal(found, Prefectures.Get(code));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(48)]
    [InlineData(99)]
    [InlineData(-1)]
    public void A_code_outside_01_to_47_is_no_prefecture(int code)
    {
        Assert.False(Prefectures.TryGet(code, out var found));
        Assert.Null(found);
        Assert.Throws<ArgumentOutOfRangeException>(() => Prefectures.Get(code));
    }
}
