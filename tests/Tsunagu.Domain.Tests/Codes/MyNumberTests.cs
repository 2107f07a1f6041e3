using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Codes;

public sealed class MyNumberTests
{
    public static TheoryData<string> ChangesOfThePublishedExample => DigitVariants.SingleDigitChanges("983205673214");

    [Fact]
    public void The_published_my_number_is_valid() =>
        Assert.Equal("983205673214", ErrorAssert.Accepted(MyNumber.Parse("983205673214")).Value);

    [Theory]
    [MemberData(nameof(ChangesOfThePublishedExample))]
    public void A_my_number_with_any_single_digit_changed_is_invalid(string changed) =>
        ErrorAssert.Refused(MyNumber.Parse(changed), CodeErrors.CheckDigitMismatch, "myNumber");

    [Theory]
    [InlineData("123450000080")]
    [InlineData("123450000030")]
    [InlineData("123450000099")]
    public void A_my_number_whose_check_digit_follows_the_remainder_rule_is_valid(string value) =>
        ErrorAssert.Accepted(MyNumber.Parse(value));

    [Fact]
    public void A_my_number_is_printed_with_all_but_its_last_four_digits_masked()
    {
        var printed = ErrorAssert.Accepted(MyNumber.Parse("983205673214")).ToString();

        Assert.Equal("********3214", printed);
        Assert.DoesNotContain("98320567", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_name_the_field_given_by_the_caller() =>
        ErrorAssert.Refused(MyNumber.Parse("983205673215", "patient.identifier"), CodeErrors.CheckDigitMismatch, "patient.identifier");
}
