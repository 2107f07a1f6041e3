using Tsunagu.Domain.Codes;

namespace Tsunagu.Domain.Tests.Codes;

public sealed class CheckDigitsTests
{
    [Theory]
    [InlineData("3312001", 5)] // identifiers.md §1 worked example, 保険者番号 33120015
    [InlineData("011011371", 9)] // 医療機関コード 0110113719
    [InlineData("0113001", 2)]
    [InlineData("3913115", 6)]
    [InlineData("0611082", 9)]
    [InlineData("0627040", 9)]
    [InlineData("5401602", 7)]
    [InlineData("8113624", 4)]
    [InlineData("2113679", 1)]
    public void The_mhlw_check_digit_of_a_published_number_is_its_last_digit(string body, int expected) =>
        Assert.Equal(expected, CheckDigits.Mhlw(body));

    [Theory]
    [InlineData("131123456", 9)] // JP Core sample 1311234567
    [InlineData("131987654", 4)] // 1319876543
    [InlineData("131234567", 9)] // 1312345670
    [InlineData("131881479", 3)] // CLINS sample 1318814790
    [InlineData("131111111", 4)] // OQS sample 1311111111
    [InlineData("0612345", 9)] // insurer sample 06123456
    [InlineData("0001234", 4)] // insurer sample 00012345
    [InlineData("8765432", 3)] // PMH sample 87654321
    public void The_mhlw_check_digit_of_a_dummy_sample_is_the_one_its_body_implies(string body, int expected) =>
        Assert.Equal(expected, CheckDigits.Mhlw(body));

    [Fact]
    public void A_body_whose_weighted_sum_ends_in_zero_has_check_digit_zero() =>
        Assert.Equal(0, CheckDigits.Mhlw("0219999"));

    [Fact]
    public void Two_digit_products_are_summed_digit_by_digit() =>
        Assert.Equal(1, CheckDigits.Mhlw("9")); // 9 × 2 = 18 → 1 + 8 = 9 → 10 − 9 = 1 (not 10 − 8 = 2)

    [Fact]
    public void The_mhlw_weights_start_at_two_on_the_rightmost_body_digit() =>
        Assert.Equal(8, CheckDigits.Mhlw("01")); // 1 × 2 + 0 × 1 = 2 → 8 (weight 1 on the right would give 9)

    [Theory]
    [InlineData("12345", "0012345")]
    [InlineData("12345", "012345")]
    public void Leading_zeros_do_not_change_the_mhlw_check_digit(string body, string zeroPadded)
    {
        Assert.Equal(5, CheckDigits.Mhlw(body));
        Assert.Equal(5, CheckDigits.Mhlw(zeroPadded));
    }

    [Theory]
    [InlineData("13101", 6)] // 東京都千代田区
    [InlineData("01100", 2)] // 札幌市
    [InlineData("27100", 4)] // 大阪市
    [InlineData("14100", 3)] // 横浜市
    [InlineData("40130", 7)] // 福岡市
    public void The_municipality_check_digit_of_a_published_code_is_its_last_digit(string body, int expected) =>
        Assert.Equal(expected, CheckDigits.Municipality(body));

    [Theory]
    [InlineData("01003", 1)] // sum 33, remainder 0 → 11 − 0 = 11 → last digit 1
    [InlineData("01009", 0)] // remainder 1 → 10 → 0
    [InlineData("01008", 1)] // remainder 10 → 1
    public void The_municipality_check_digit_is_the_last_digit_of_eleven_minus_the_remainder(string body, int expected) =>
        Assert.Equal(expected, CheckDigits.Municipality(body));

    [Fact]
    public void The_my_number_check_digit_of_the_published_example_is_4() =>
        Assert.Equal(4, CheckDigits.MyNumber("98320567321"));

    [Theory]
    [InlineData("12345000008", 0)] // remainder 0
    [InlineData("12345000003", 0)] // remainder 1
    [InlineData("12345000009", 9)] // remainder 2 → 11 − 2
    public void The_my_number_check_digit_is_zero_for_remainders_zero_and_one_and_eleven_minus_the_remainder_otherwise(string body, int expected) =>
        Assert.Equal(expected, CheckDigits.MyNumber(body));
}
