using Tsunagu.Domain.People;

namespace Tsunagu.Domain.Tests.People;

public sealed class CoverageKeyTests
{
    [Theory]
    [InlineData("012345", "あいう", "１８７", "05", "00012345:あいう:１８７:05")] // identifiers.md §8
    [InlineData("012345", "", "１８７", "", "00012345::１８７:")] // no 記号 or 枝番: the trailing colon stays
    [InlineData("123455", "12-34", "4260", "01", "00123455:12-34:4260:01")]
    [InlineData("33120015", "12-34", "4260", "00", "33120015:12-34:4260:00")]
    [InlineData("39131156", "", "12345678", "", "39131156::12345678:")]
    public void The_member_id_is_the_zero_padded_insurer_number_symbol_number_and_branch_joined_by_colons(
        string insurer, string symbol, string number, string branch, string memberId)
    {
        var key = new CoverageKey(insurer, symbol, number, branch);

        Assert.Equal(memberId, key.MemberId);
        Assert.Equal(memberId, key.ToString());
    }

    [Fact]
    public void Keys_with_the_same_parts_are_equal() =>
        Assert.Equal(new CoverageKey("33120015", "12-34", "4260", "01"), new CoverageKey("33120015", "12-34", "4260", "01"));
}
