using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Errors;

public sealed class FieldReaderTests
{
    private static readonly IReadOnlySet<string> Table = new HashSet<string>(["01", "A1"], StringComparer.Ordinal);

    [Fact]
    public void A_new_reader_has_no_errors()
    {
        var reader = new FieldReader();

        Assert.Empty(reader.Errors);
        Assert.False(reader.HasErrors);
    }

    [Fact]
    public void Text_is_returned_trimmed_of_half_and_full_width_spaces() =>
        Assert.Equal("山田 花子", new FieldReader().Text("　山田 花子 ", "name", 10));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t　")]
    public void Blank_optional_text_is_absent_without_error(string? value)
    {
        var reader = new FieldReader();

        Assert.Null(reader.Text(value, "name", 10));
        Assert.False(reader.HasErrors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Blank_required_text_is_reported_as_required(string? value)
    {
        var reader = new FieldReader(index: 2);

        Assert.Null(reader.Text(value, "name", 10, required: true));

        Assert.True(reader.HasErrors);
        Assert.Equal(new FieldError(InputErrors.Required, "name", 2), Assert.Single(reader.Errors));
    }

    [Fact]
    public void Text_is_measured_after_trimming_and_may_reach_its_limit()
    {
        var reader = new FieldReader();

        Assert.Equal("abc", reader.Text("  abc  ", "code", 3));
        Assert.False(reader.HasErrors);
    }

    [Fact]
    public void Text_over_its_limit_is_reported_and_dropped()
    {
        var reader = new FieldReader();

        Assert.Null(reader.Text("abcd", "code", 3));

        Assert.Equal(new FieldError(InputErrors.TooLong, "code", null, "4 > 3 characters"), Assert.Single(reader.Errors));
    }

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData(" 2024-02-29 ", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    public void An_iso_calendar_date_is_read(string value, int year, int month, int day)
    {
        var reader = new FieldReader();

        Assert.Equal(new DateOnly(year, month, day), reader.Date(value, "birthdate"));
        Assert.False(reader.HasErrors);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("1970-13-01")]
    [InlineData("19700501")]
    [InlineData("1970-5-1")]
    [InlineData("1970/05/01")]
    [InlineData("01-05-1970")]
    [InlineData("R6-04-01")]
    public void Anything_else_is_an_invalid_date_reported_with_the_value_given(string value)
    {
        var reader = new FieldReader(index: 0);

        Assert.Null(reader.Date(value, "birthdate"));

        Assert.Equal(new FieldError(InputErrors.InvalidDate, "birthdate", 0, value), Assert.Single(reader.Errors));
    }

    [Fact]
    public void A_blank_date_is_absent_unless_required()
    {
        var reader = new FieldReader();

        Assert.Null(reader.Date(" ", "disqualificationDate"));
        Assert.False(reader.HasErrors);

        Assert.Null(reader.Date(null, "birthdate", required: true));
        ErrorAssert.Only(reader.Errors, InputErrors.Required, "birthdate");
    }

    [Theory]
    [InlineData("01", "01")]
    [InlineData(" A1 ", "A1")]
    public void A_code_in_its_table_is_returned_trimmed(string value, string expected)
    {
        var reader = new FieldReader();

        Assert.Equal(expected, reader.Code(value, "classification", Table));
        Assert.False(reader.HasErrors);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("a1")]
    [InlineData("０１")]
    public void A_code_not_in_its_table_is_reported_with_the_value(string value)
    {
        var reader = new FieldReader();

        Assert.Null(reader.Code(value, "classification", Table));

        Assert.Equal(new FieldError(InputErrors.NotInTable, "classification", null, value), Assert.Single(reader.Errors));
    }

    [Fact]
    public void A_code_longer_than_any_code_is_reported_as_too_long()
    {
        var reader = new FieldReader();

        Assert.Null(reader.Code("123456789", "classification", Table));

        ErrorAssert.Only(reader.Errors, InputErrors.TooLong, "classification");
    }

    [Fact]
    public void A_blank_code_is_absent_unless_required()
    {
        var reader = new FieldReader();

        Assert.Null(reader.Code("", "classification", Table));
        Assert.False(reader.HasErrors);

        Assert.Null(reader.Code(null, "sex", Table, required: true));
        ErrorAssert.Only(reader.Errors, InputErrors.Required, "sex");
    }

    [Fact]
    public void A_later_date_before_the_earlier_one_is_reported_on_the_later_field()
    {
        var reader = new FieldReader(index: 5);

        reader.Ordered(new DateOnly(2024, 4, 1), new DateOnly(2024, 3, 31), "validEndDate");

        Assert.Equal(
            new FieldError(InputErrors.DatesOutOfOrder, "validEndDate", 5, "2024-03-31 is before 2024-04-01"),
            Assert.Single(reader.Errors));
    }

    [Theory]
    [InlineData("2024-04-01", "2024-04-01")]
    [InlineData("2024-04-01", "2024-04-02")]
    [InlineData(null, "2024-04-01")]
    [InlineData("2024-04-01", null)]
    [InlineData(null, null)]
    public void Dates_in_order_on_the_same_day_or_missing_are_not_reported(string? earlier, string? later)
    {
        var reader = new FieldReader();

        reader.Ordered(Parse(earlier), Parse(later), "validEndDate");

        Assert.False(reader.HasErrors);
    }

    [Fact]
    public void Errors_added_directly_carry_the_readers_index_and_detail()
    {
        var reader = new FieldReader(index: 9);

        reader.Add(InputErrors.BadFormat, "postNumber", "123-4567");

        Assert.Equal(new FieldError(InputErrors.BadFormat, "postNumber", 9, "123-4567"), Assert.Single(reader.Errors));
    }

    [Fact]
    public void Errors_found_elsewhere_take_the_readers_index_and_keep_everything_else()
    {
        var reader = new FieldReader(index: 3);
        var found = InsurerNumber.Parse("33120016", "previousCoverage.insurerNumber").Errors.Append(new FieldError(InputErrors.TooLong, "name", 99, "101 > 100 characters"));

        reader.AddRange(found);

        Assert.Equal(
            [new FieldError(CodeErrors.CheckDigitMismatch, "previousCoverage.insurerNumber", 3), new FieldError(InputErrors.TooLong, "name", 3, "101 > 100 characters")],
            reader.Errors);
    }

    [Fact]
    public void Every_error_is_kept_in_the_order_found()
    {
        var reader = new FieldReader();

        reader.Text(null, "a", 1, required: true);
        reader.Date("x", "b");
        reader.Text("toolong", "c", 1);

        Assert.Equal(["a", "b", "c"], reader.Errors.Select(e => e.Field));
    }

    private static DateOnly? Parse(string? date) => date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
}
