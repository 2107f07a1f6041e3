using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Codes;

public sealed class MunicipalityCodeTests
{
    public static TheoryData<string> ChangesOfThePublishedExample => DigitVariants.SingleDigitChanges("131016");

    [Theory]
    [InlineData("131016", "東京都")] // 千代田区
    [InlineData("011002", "北海道")] // 札幌市
    [InlineData("271004", "大阪府")] // 大阪市
    [InlineData("141003", "神奈川県")] // 横浜市
    [InlineData("401307", "福岡県")] // 福岡市
    public void A_published_municipality_code_is_valid_in_its_prefecture(string value, string prefecture)
    {
        var code = ErrorAssert.Accepted(MunicipalityCode.Parse(value));

        Assert.Equal(value, code.Value);
        Assert.Equal(value, code.ToString());
        Assert.Equal(prefecture, code.Prefecture.NameJa);
    }

    [Theory]
    [MemberData(nameof(ChangesOfThePublishedExample))]
    public void A_municipality_code_with_any_single_digit_changed_is_invalid(string changed) =>
        Identifiers.AssertRefusedForADigit(MunicipalityCode.Parse(changed));

    [Theory]
    [InlineData("010031")] // remainder 0 → check 1
    [InlineData("010090")] // remainder 1 → check 0
    [InlineData("010081")] // remainder 10 → check 1
    public void A_code_whose_check_digit_wraps_past_ten_is_valid(string value) =>
        ErrorAssert.Accepted(MunicipalityCode.Parse(value));

    [Theory]
    [InlineData("131017")]
    [InlineData("011003")]
    public void A_code_with_the_wrong_check_digit_is_refused(string value) =>
        ErrorAssert.Refused(MunicipalityCode.Parse(value), CodeErrors.CheckDigitMismatch, "code");

    [Theory]
    [InlineData("001015")]
    [InlineData("481017")]
    [InlineData("991015")]
    public void A_code_whose_prefecture_digits_are_not_01_to_47_is_refused_even_with_a_correct_check_digit(string value) =>
        ErrorAssert.Refused(MunicipalityCode.Parse(value), CodeErrors.UnknownPrefecture, "code");
}
