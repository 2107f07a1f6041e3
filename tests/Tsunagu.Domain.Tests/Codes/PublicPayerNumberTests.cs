using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Codes;

public sealed class PublicPayerNumberTests
{
    public static TheoryData<string> ChangesOfThePublishedExample => DigitVariants.SingleDigitChanges("81136244");

    [Theory]
    [InlineData("81136244", "81", 13)] // 八王子市
    [InlineData("54016027", "54", 1)]
    [InlineData("21136791", "21", 13)]
    public void A_published_public_payer_number_is_valid_with_its_law_code_and_prefecture(string value, string lawCode, int prefecture)
    {
        var payer = ErrorAssert.Accepted(PublicPayerNumber.Parse(value));

        Assert.Equal(value, payer.Value);
        Assert.Equal(value, payer.ToString());
        Assert.Equal(lawCode, payer.LawCode);
        Assert.Equal(prefecture, payer.Prefecture.Code);
    }

    [Theory]
    [MemberData(nameof(ChangesOfThePublishedExample))]
    public void A_public_payer_number_with_any_single_digit_changed_is_invalid(string changed) =>
        Identifiers.AssertRefusedForADigit(PublicPayerNumber.Parse(changed));

    [Fact]
    public void The_pmh_sample_87654321_is_refused_first_for_its_prefecture_65()
    {
        var error = ErrorAssert.Refused(PublicPayerNumber.Parse("87654321"), CodeErrors.UnknownPrefecture, "publicPayerNumber");
        Assert.Equal("prefecture 65", error.Detail);
    }

    [Theory]
    [InlineData("54001235")]
    [InlineData("54481239")]
    [InlineData("54991237")]
    public void A_number_whose_prefecture_digits_are_not_01_to_47_is_refused_even_with_a_correct_check_digit(string value) =>
        ErrorAssert.Refused(PublicPayerNumber.Parse(value), CodeErrors.UnknownPrefecture, "publicPayerNumber");

    [Fact]
    public void Errors_name_the_field_given_by_the_caller() =>
        ErrorAssert.Refused(PublicPayerNumber.Parse("81136245", "payers[0].number"), CodeErrors.CheckDigitMismatch, "payers[0].number");
}
