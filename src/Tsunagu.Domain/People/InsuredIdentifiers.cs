using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.People;

/// <summary>
/// Reads 保険者番号 and 被保険者証 記号・番号・枝番 into a <see cref="CoverageKey"/>. 記号 and 番号 are either all
/// half-width alphanumerics (with symbols) or all full-width characters — never half-width katakana, never a full-width space (レセ電 rule, 38 characters
/// at most), and never a half-width colon, which separates the parts of <see cref="CoverageKey.MemberId"/>; 枝番 is two
/// half-width digits when present.
/// </summary>
public static class InsuredIdentifiers
{
    public const int MaxSymbolOrNumberLength = 38;

    public static readonly ErrorCode MixedWidth = new(
        "IDENTIFIER_MIXED_WIDTH", ErrorKind.Invalid,
        "記号・番号は半角英数字のみ、または全角文字のみで記載してください（全角スペース不可）。",
        "A card symbol or number is either all half-width or all full-width characters, with no full-width space.");

    /// <summary>Reads the four identifiers; <paramref name="prefix"/> qualifies field names of nested objects.</summary>
    public static CoverageKey? Read(FieldReader reader, CoverageKeyDraft draft, string prefix = "")
    {
        var insurer = InsurerNumber.Parse(draft.InsurerNumber, prefix + "insurerNumber");
        reader.AddRange(insurer.Errors);
        return ReadCard(reader, insurer.Value?.Value, draft.InsuredCardSymbol, draft.InsuredIdentificationNumber, draft.InsuredBranchNumber, prefix);
    }

    /// <summary>Reads 記号・番号・枝番 under an insurer number that was already checked (null when it failed).</summary>
    public static CoverageKey? ReadCard(FieldReader reader, string? insurerNumber, string? symbol, string? number, string? branch, string prefix = "")
    {
        var before = reader.Errors.Count;
        var symbolText = CardText(reader, symbol, prefix + "insuredCardSymbol", required: false);
        var numberText = CardText(reader, number, prefix + "insuredIdentificationNumber", required: true);
        var branchText = reader.Text(branch, prefix + "insuredBranchNumber", 2);
        if (branchText is not null && (branchText.Length != 2 || !branchText.All(char.IsAsciiDigit)))
        {
            reader.Add(InputErrors.BadFormat, prefix + "insuredBranchNumber", "two half-width digits 00-99");
        }

        return insurerNumber is null || reader.Errors.Count > before
            ? null
            : new CoverageKey(insurerNumber, symbolText ?? string.Empty, numberText!, branchText ?? string.Empty);
    }

    private static string? CardText(FieldReader reader, string? value, string field, bool required)
    {
        var text = reader.Text(value, field, MaxSymbolOrNumberLength, required);
        if (text is null)
        {
            return null;
        }

        var error = CheckCardText(text, field);
        if (error is null)
        {
            return text;
        }

        reader.Add(error.Error, field, error.Detail);
        return null;
    }

    /// <summary>
    /// Checks a 記号 or 番号 that is present: no half-width colon, and all half-width or all full-width characters.
    /// Returns the error, or null when the text is well formed.
    /// </summary>
    public static FieldError? CheckCardText(string text, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains(':', StringComparison.Ordinal))
        {
            return new FieldError(InputErrors.BadFormat, field, Detail: "no half-width colon: it separates the parts of the member ID");
        }

        return text.All(c => c is > ' ' and <= '~') || text.All(IsFullWidth) ? null : new FieldError(MixedWidth, field, Detail: text);
    }

    /// <summary>
    /// A character printed full-width: not ASCII, not a space of any kind (全角スペース included), not a control character,
    /// and not one of the half-width forms (半角カナ U+FF61–FFDC, half-width symbols U+FFE8–FFEE).
    /// </summary>
    private static bool IsFullWidth(char c) =>
        c > '~' && !char.IsWhiteSpace(c) && !char.IsControl(c) && c is not (>= '\uFF61' and <= '\uFFDC') and not (>= '\uFFE8' and <= '\uFFEE');
}
