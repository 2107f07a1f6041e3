using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Codes;

public sealed class InsurerNumberTests
{
    public static TheoryData<string> ChangesOfThePublishedExample => DigitVariants.SingleDigitChanges("33120015");

    [Theory]
    [InlineData("33120015")]
    [InlineData("01130012")]
    [InlineData("39131156")]
    [InlineData("06110829")]
    [InlineData("06270409")]
    [InlineData("02199990")]
    public void A_published_insurer_number_is_valid(string value)
    {
        var insurer = ErrorAssert.Accepted(InsurerNumber.Parse(value));

        Assert.Equal(value, insurer.Value);
        Assert.Equal(value, insurer.ToString());
    }

    [Theory]
    [MemberData(nameof(ChangesOfThePublishedExample))]
    public void An_insurer_number_with_any_single_digit_changed_is_invalid(string changed) =>
        Identifiers.AssertRefusedForADigit(InsurerNumber.Parse(changed));

    [Theory]
    [InlineData("06123456")]
    [InlineData("00012345")]
    public void A_published_dummy_insurer_number_fails_its_check_digit(string value) =>
        ErrorAssert.Refused(InsurerNumber.Parse(value), CodeErrors.CheckDigitMismatch, "insurerNumber");

    [Fact]
    public void An_eight_digit_number_exposes_its_law_code_and_the_prefecture_of_digits_three_and_four()
    {
        var insurer = ErrorAssert.Accepted(InsurerNumber.Parse("33120015"));

        Assert.False(insurer.IsNationalHealthInsurance);
        Assert.Equal("33", insurer.LawCode);
        Assert.Equal(12, insurer.Prefecture.Code); // 千葉, not 33 岡山 from the law code
        Assert.Equal("33120015", insurer.ZeroPadded);
        Assert.False(insurer.IsLateStageElderly);
    }

    [Fact]
    public void An_insurer_with_law_code_39_is_a_late_stage_elderly_union()
    {
        var insurer = ErrorAssert.Accepted(InsurerNumber.Parse("39131156"));

        Assert.True(insurer.IsLateStageElderly);
        Assert.Equal("39", insurer.LawCode);
        Assert.Equal("東京都", insurer.Prefecture.NameJa);
    }

    [Fact]
    public void A_six_digit_national_health_insurance_number_is_valid_and_has_no_law_code()
    {
        var insurer = ErrorAssert.Accepted(InsurerNumber.Parse("123455"));

        Assert.Equal("123455", insurer.Value);
        Assert.True(insurer.IsNationalHealthInsurance);
        Assert.Null(insurer.LawCode);
        Assert.False(insurer.IsLateStageElderly);
        Assert.Equal(12, insurer.Prefecture.Code); // first two digits
        Assert.Equal("00123455", insurer.ZeroPadded);
    }

    [Fact]
    public void A_six_digit_number_right_justified_with_spaces_as_in_the_eligibility_xml_is_read_as_its_digits()
    {
        var insurer = ErrorAssert.Accepted(InsurerNumber.Parse("  123455"));

        Assert.Equal("123455", insurer.Value);
        Assert.True(insurer.IsNationalHealthInsurance);
        Assert.Equal(InsurerNumber.Parse("123455").Value, insurer);
    }

    [Fact]
    public void The_space_padded_oqs_sample_123456_fails_its_check_digit() =>
        ErrorAssert.Refused(InsurerNumber.Parse("  123456"), CodeErrors.CheckDigitMismatch, "insurerNumber");

    [Theory]
    [InlineData("06001234", "00")]
    [InlineData("06481238", "48")]
    [InlineData("06991236", "99")]
    [InlineData("001230", "00")]
    [InlineData("481234", "48")]
    [InlineData("991232", "99")]
    public void A_number_whose_prefecture_digits_are_not_01_to_47_is_refused_even_with_a_correct_check_digit(string value, string prefecture)
    {
        var error = ErrorAssert.Refused(InsurerNumber.Parse(value), CodeErrors.UnknownPrefecture, "insurerNumber");
        Assert.Equal($"prefecture {prefecture}", error.Detail);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("123456789")]
    public void A_number_of_neither_six_nor_eight_digits_is_refused_for_its_length(string value)
    {
        var error = ErrorAssert.Refused(InsurerNumber.Parse(value), CodeErrors.WrongLength, "insurerNumber");
        Assert.Equal($"expected 6 or 8 digits, got {value.Length}", error.Detail);
    }

    [Theory]
    [InlineData("123455  ")]
    [InlineData("　　123455")]
    public void Only_leading_half_width_spaces_are_taken_as_padding(string value) =>
        ErrorAssert.Refused(InsurerNumber.Parse(value), CodeErrors.NotDigits, "insurerNumber");

    [Fact]
    public void A_number_of_spaces_only_is_refused_as_required() =>
        ErrorAssert.Refused(InsurerNumber.Parse("        "), CodeErrors.Required, "insurerNumber");

    [Fact]
    public void Errors_name_the_field_given_by_the_caller() =>
        ErrorAssert.Refused(InsurerNumber.Parse("33120016", "previousCoverage.insurerNumber"), CodeErrors.CheckDigitMismatch, "previousCoverage.insurerNumber");
}
