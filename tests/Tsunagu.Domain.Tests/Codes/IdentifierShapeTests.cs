using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Codes;

/// <summary>The presence, length and digit rules every national identifier shares, and the field each names by default.</summary>
public sealed class IdentifierShapeTests
{
    [Theory]
    [InlineData(Identifiers.Insurer, "insurerNumber")]
    [InlineData(Identifiers.PublicPayer, "publicPayerNumber")]
    [InlineData(Identifiers.Facility, "code")]
    [InlineData(Identifiers.Municipality, "code")]
    [InlineData(Identifiers.MyNumber, "myNumber")]
    public void A_missing_identifier_is_refused_as_required_under_its_default_field(string kind, string field)
    {
        ErrorAssert.Only(Identifiers.Errors(kind, null), CodeErrors.Required, field);
        ErrorAssert.Only(Identifiers.Errors(kind, ""), CodeErrors.Required, field);
    }

    [Theory]
    [InlineData(Identifiers.Insurer, "0110113719", "expected 6 or 8 digits, got 10")]
    [InlineData(Identifiers.PublicPayer, "123455", "expected 8 digits, got 6")]
    [InlineData(Identifiers.PublicPayer, "811362440", "expected 8 digits, got 9")]
    [InlineData(Identifiers.Facility, "011011371", "expected 10 digits, got 9")]
    [InlineData(Identifiers.Facility, "0113719", "expected 10 digits, got 7")]
    [InlineData(Identifiers.Facility, "01101137190", "expected 10 digits, got 11")]
    [InlineData(Identifiers.Municipality, "13101", "expected 6 digits, got 5")]
    [InlineData(Identifiers.Municipality, "1310160", "expected 6 digits, got 7")]
    [InlineData(Identifiers.MyNumber, "98320567321", "expected 12 digits, got 11")]
    [InlineData(Identifiers.MyNumber, "9832056732140", "expected 12 digits, got 13")]
    public void An_identifier_of_the_wrong_length_is_refused_with_the_lengths_expected(string kind, string value, string detail)
    {
        var error = Assert.Single(Identifiers.Errors(kind, value));

        Assert.Equal(CodeErrors.WrongLength, error.Error);
        Assert.Equal(detail, error.Detail);
    }

    [Theory]
    [InlineData(Identifiers.Insurer, "3312001A")]
    [InlineData(Identifiers.Insurer, "３３１２００１５")]
    [InlineData(Identifiers.Insurer, "１２３４５５")]
    [InlineData(Identifiers.PublicPayer, "８１１３６２４４")]
    [InlineData(Identifiers.PublicPayer, "8113-244")]
    [InlineData(Identifiers.PublicPayer, "  136244")]
    [InlineData(Identifiers.Facility, "０１１０１１３７１９")]
    [InlineData(Identifiers.Facility, "011011371X")]
    [InlineData(Identifiers.Facility, " 110113719")]
    [InlineData(Identifiers.Municipality, "１３１０１６")]
    [InlineData(Identifiers.Municipality, "13101a")]
    [InlineData(Identifiers.MyNumber, "９８３２０５６７３２１４")]
    [InlineData(Identifiers.MyNumber, "9832-0567-32")]
    public void An_identifier_with_anything_but_half_width_digits_is_refused(string kind, string value) =>
        Assert.Equal(CodeErrors.NotDigits, Assert.Single(Identifiers.Errors(kind, value)).Error);

    [Theory]
    [InlineData("CODE_REQUIRED")]
    [InlineData("CODE_LENGTH")]
    [InlineData("CODE_NOT_DIGITS")]
    [InlineData("CODE_CHECK_DIGIT")]
    [InlineData("CODE_PREFECTURE")]
    public void Every_identifier_error_is_an_invalid_input_error_with_a_published_code(string code)
    {
        var error = Assert.Single(
            new[] { CodeErrors.Required, CodeErrors.WrongLength, CodeErrors.NotDigits, CodeErrors.CheckDigitMismatch, CodeErrors.UnknownPrefecture },
            e => e.Code == code);

        Assert.Equal(Domain.Errors.ErrorKind.Invalid, error.Kind);
    }
}
