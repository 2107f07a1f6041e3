using Tsunagu.Domain.People;

namespace Tsunagu.Domain.Tests.People;

public sealed class KanaTextTests
{
    [Theory]
    [InlineData("ヤマダ タロウ")]
    [InlineData("ヤマダ　タロウ")]
    [InlineData("ァヶ")]
    [InlineData("ヴィクトリア・ベッカム")]
    [InlineData("ジョーンズ")]
    [InlineData("ﾔﾏﾀﾞ ﾀﾛｳ")]
    [InlineData("ｦﾟ")]
    [InlineData("ｳﾞｨｸﾄﾘｱ･ﾍﾞｯｶﾑ")]
    public void Full_width_and_half_width_katakana_with_spaces_are_kana(string text) =>
        Assert.True(KanaText.IsKatakana(text));

    [Theory]
    [InlineData("やまだ たろう")]
    [InlineData("山田 太郎")]
    [InlineData("YAMADA TARO")]
    [InlineData("ＹＡＭＡＤＡ")]
    [InlineData("ヤマダ1")]
    [InlineData("ヤマダ-タロウ")]
    [InlineData("ヤマダ\tタロウ")]
    [InlineData("ヤマダ、タロウ")]
    public void Hiragana_kanji_latin_digits_and_punctuation_are_not_kana(string text) =>
        Assert.False(KanaText.IsKatakana(text));
}
