using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.People;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.People;

public sealed class InsuredIdentifiersTests
{
    private static (CoverageKey? Key, IReadOnlyList<FieldError> Errors) Read(CoverageKeyDraft draft, string prefix = "")
    {
        var reader = new FieldReader(index: 4);
        var key = InsuredIdentifiers.Read(reader, draft, prefix);
        return (key, reader.Errors);
    }

    /// <summary>A card with <paramref name="value"/> as its symbol or its number, the other part valid.</summary>
    private static CoverageKeyDraft Card(string field, string? value) => field switch
    {
        "insuredCardSymbol" => new CoverageKeyDraft("33120015", value, "4260", "01"),
        "insuredIdentificationNumber" => new CoverageKeyDraft("33120015", "12-34", value, "01"),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a card field."),
    };

    [Theory]
    [InlineData("12-34", "4260")]
    [InlineData("ABC-123", "00001234")]
    [InlineData("ＡＢ１２", "１８７")]
    [InlineData("あいう", "１２３４")]
    [InlineData("１２－３４", "５６７８")]
    [InlineData("国保", "第１２３号")]
    public void A_symbol_and_number_written_all_half_width_or_all_full_width_are_accepted(string symbol, string number)
    {
        var (key, errors) = Read(new CoverageKeyDraft("33120015", symbol, number, "00"));

        Assert.Empty(errors);
        Assert.Equal(new CoverageKey("33120015", symbol, number, "00"), key);
    }

    [Theory]
    [InlineData("insuredCardSymbol", "ＡＢ12")]
    [InlineData("insuredCardSymbol", "12 34")]
    [InlineData("insuredCardSymbol", "あいう　えお")]
    [InlineData("insuredCardSymbol", "12\t34")]
    [InlineData("insuredCardSymbol", "12ｱ")]
    [InlineData("insuredIdentificationNumber", "１８7")]
    [InlineData("insuredIdentificationNumber", "12 34")]
    [InlineData("insuredIdentificationNumber", "１２　３４")]
    public void A_symbol_or_number_that_mixes_widths_or_holds_a_space_is_refused(string field, string value)
    {
        var (key, errors) = Read(Card(field, value));

        Assert.Null(key);
        var error = ErrorAssert.Only(errors, InsuredIdentifiers.MixedWidth, field);
        Assert.Equal(value, error.Detail);
        Assert.Equal("IDENTIFIER_MIXED_WIDTH", error.Error.Code);
    }

    [Theory]
    [InlineData("insuredCardSymbol", "ｷｺﾞｳ")]
    [InlineData("insuredIdentificationNumber", "ﾊﾞﾝｺﾞｳ")]
    [InlineData("insuredIdentificationNumber", "１２\u00a0３４")]
    [InlineData("insuredCardSymbol", "Ａ\u007fＢ")]
    public void Half_width_katakana_other_spaces_and_control_characters_do_not_count_as_full_width(string field, string value) =>
        ErrorAssert.Only(Read(Card(field, value)).Errors, InsuredIdentifiers.MixedWidth, field);

    [Theory]
    [InlineData("insuredCardSymbol", "12:34")]
    [InlineData("insuredIdentificationNumber", "4260:01")]
    public void A_symbol_or_number_holding_a_colon_is_refused_since_the_colon_separates_the_member_id(string field, string value) =>
        ErrorAssert.Only(Read(Card(field, value)).Errors, InputErrors.BadFormat, field);

    [Fact]
    public void A_full_width_colon_is_an_ordinary_full_width_character() =>
        Assert.Equal("１２：３４", Read(Card("insuredCardSymbol", "１２：３４")).Key?.Symbol);

    [Theory]
    [InlineData("insuredCardSymbol")]
    [InlineData("insuredIdentificationNumber")]
    public void A_symbol_or_number_may_hold_38_characters_but_not_39(string field)
    {
        Assert.Empty(Read(Card(field, new string('Ａ', InsuredIdentifiers.MaxSymbolOrNumberLength))).Errors);

        ErrorAssert.Only(Read(Card(field, new string('Ａ', 39))).Errors, InputErrors.TooLong, field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_card_without_a_symbol_has_an_empty_symbol(string? symbol) =>
        Assert.Equal("", Read(new CoverageKeyDraft("39131156", symbol, "12345678", null)).Key?.Symbol);

    [Fact]
    public void A_card_without_a_number_is_refused() =>
        ErrorAssert.Only(Read(Card("insuredIdentificationNumber", null)).Errors, InputErrors.Required, "insuredIdentificationNumber");

    [Theory]
    [InlineData("00", "00")]
    [InlineData("05", "05")]
    [InlineData("99", "99")]
    [InlineData(" 05 ", "05")]
    [InlineData(null, "")]
    [InlineData("", "")]
    public void A_branch_number_is_two_half_width_digits_or_empty_when_the_card_has_none(string? branch, string expected) =>
        Assert.Equal(expected, Read(new CoverageKeyDraft("33120015", "12-34", "4260", branch)).Key?.Branch);

    [Theory]
    [InlineData("1")]
    [InlineData("０１")]
    [InlineData("a1")]
    [InlineData("-1")]
    public void A_branch_number_that_is_not_two_half_width_digits_is_refused(string branch)
    {
        var (key, errors) = Read(new CoverageKeyDraft("33120015", "12-34", "4260", branch));

        Assert.Null(key);
        ErrorAssert.Only(errors, InputErrors.BadFormat, "insuredBranchNumber");
    }

    [Fact]
    public void A_branch_number_of_three_digits_is_too_long() =>
        ErrorAssert.Only(Read(new CoverageKeyDraft("33120015", "12-34", "4260", "001")).Errors, InputErrors.TooLong, "insuredBranchNumber");

    [Fact]
    public void The_insurer_number_is_checked_and_stored_without_its_padding()
    {
        Assert.Equal("123455", Read(new CoverageKeyDraft("  123455", null, "4260", null)).Key?.InsurerNumber);

        var (key, errors) = Read(new CoverageKeyDraft("33120016", null, "4260", null));
        Assert.Null(key);
        ErrorAssert.Only(errors, CodeErrors.CheckDigitMismatch, "insurerNumber");
    }

    [Fact]
    public void Errors_of_a_nested_key_carry_its_prefix_and_the_readers_index()
    {
        var (key, errors) = Read(new CoverageKeyDraft("3312001", "ＡＢ12", null, "1"), "previousCoverage.");

        Assert.Null(key);
        Assert.Equal(
            ["previousCoverage.insurerNumber", "previousCoverage.insuredCardSymbol", "previousCoverage.insuredIdentificationNumber", "previousCoverage.insuredBranchNumber"],
            errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal(4, e.Index));
    }

    [Fact]
    public void The_card_is_read_and_checked_even_when_the_insurer_number_failed()
    {
        var reader = new FieldReader();

        var key = InsuredIdentifiers.ReadCard(reader, null, "12 34", "4260", "01");

        Assert.Null(key);
        ErrorAssert.Only(reader.Errors, InsuredIdentifiers.MixedWidth, "insuredCardSymbol");
    }

    [Fact]
    public void A_card_under_a_failed_insurer_number_yields_no_key_but_no_card_error() =>
        Assert.Null(InsuredIdentifiers.ReadCard(new FieldReader(), null, "12-34", "4260", "01"));
}
