using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Codes;

public sealed class FacilityCodeTests
{
    public static TheoryData<string> ChangesOfThePublishedExample => DigitVariants.SingleDigitChanges("0110113719");

    [Fact]
    public void The_published_facility_code_is_valid_and_exposes_its_parts()
    {
        var code = ErrorAssert.Accepted(FacilityCode.Parse("0110113719"));

        Assert.Equal("0110113719", code.Value);
        Assert.Equal("0110113719", code.ToString());
        Assert.Equal("北海道", code.Prefecture.NameJa);
        Assert.Equal(FeeScoreTable.Medical, code.FeeScoreTable);
        Assert.Equal("0113719", code.SevenDigitNumber);
    }

    [Theory]
    [MemberData(nameof(ChangesOfThePublishedExample))]
    public void A_facility_code_with_any_single_digit_changed_is_invalid(string changed) =>
        Identifiers.AssertRefusedForADigit(FacilityCode.Parse(changed));

    [Theory]
    [InlineData("1311234567")]
    [InlineData("1319876543")]
    [InlineData("1312345670")]
    [InlineData("1318814790")]
    [InlineData("1311111111")]
    public void A_published_dummy_facility_code_fails_its_check_digit(string value) =>
        ErrorAssert.Refused(FacilityCode.Parse(value), CodeErrors.CheckDigitMismatch, "code");

    [Theory]
    [InlineData("1310123458", FeeScoreTable.Medical)]
    [InlineData("1320123456", FeeScoreTable.Checkup)]
    [InlineData("1330123454", FeeScoreTable.Dental)]
    [InlineData("1340123452", FeeScoreTable.Dispensing)]
    [InlineData("1350123459", FeeScoreTable.ElderlyCareFacility)]
    [InlineData("1360123457", FeeScoreTable.VisitingNursing)]
    public void The_third_digit_is_the_fee_score_table(string value, FeeScoreTable expected)
    {
        var code = ErrorAssert.Accepted(FacilityCode.Parse(value));

        Assert.Equal(expected, code.FeeScoreTable);
        Assert.Equal(13, code.Prefecture.Code);
        Assert.Equal(value[3..], code.SevenDigitNumber);
    }

    [Fact]
    public void A_fee_score_digit_outside_the_known_table_is_kept_as_its_number()
    {
        var code = ErrorAssert.Accepted(FacilityCode.Parse("1370123455"));

        Assert.Equal(7, (int)code.FeeScoreTable);
        Assert.False(Enum.IsDefined(code.FeeScoreTable));
    }

    [Theory]
    [InlineData("4012345676", "福岡県")]
    [InlineData("4799999992", "沖縄県")]
    [InlineData("2710144441", "大阪府")]
    public void The_first_two_digits_are_the_prefecture(string value, string prefecture) =>
        Assert.Equal(prefecture, ErrorAssert.Accepted(FacilityCode.Parse(value)).Prefecture.NameJa);

    [Theory]
    [InlineData("0010123453")]
    [InlineData("4810123457")]
    [InlineData("9918000010")] // verification-environment sample: check digit fits, prefecture 99 does not
    public void A_code_whose_prefecture_digits_are_not_01_to_47_is_refused_even_with_a_correct_check_digit(string value) =>
        ErrorAssert.Refused(FacilityCode.Parse(value), CodeErrors.UnknownPrefecture, "code");

    [Fact]
    public void Errors_name_the_field_given_by_the_caller() =>
        ErrorAssert.Refused(FacilityCode.Parse("0110113718", "medicalInstitutionCode"), CodeErrors.CheckDigitMismatch, "medicalInstitutionCode");
}
