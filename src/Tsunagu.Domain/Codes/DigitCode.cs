using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Codes;

/// <summary>Shared shape checks for the all-digit national identifiers.</summary>
internal static class DigitCode
{
    /// <summary>Checks presence, length and digits; returns the first error or null.</summary>
    public static FieldError? CheckShape(string? value, string field, params int[] lengths)
    {
        if (string.IsNullOrEmpty(value))
        {
            return new FieldError(CodeErrors.Required, field);
        }

        if (!lengths.Contains(value.Length))
        {
            return new FieldError(CodeErrors.WrongLength, field, Detail: $"expected {string.Join(" or ", lengths)} digits, got {value.Length}");
        }

        return value.All(char.IsAsciiDigit) ? null : new FieldError(CodeErrors.NotDigits, field);
    }

    public static FieldError? CheckMhlwCheckDigit(string value, string field) =>
        CheckDigits.Mhlw(value.AsSpan(0, value.Length - 1)) == value[^1] - '0'
            ? null
            : new FieldError(CodeErrors.CheckDigitMismatch, field);

    public static FieldError? CheckPrefecture(string twoDigits, string field) =>
        Prefectures.TryGet(int.Parse(twoDigits, System.Globalization.CultureInfo.InvariantCulture), out _)
            ? null
            : new FieldError(CodeErrors.UnknownPrefecture, field, Detail: $"prefecture {twoDigits}");

    public static ValidationResult<T> Result<T>(FieldError? error, Func<T> create) =>
        error is null ? ValidationResult<T>.Valid(create()) : ValidationResult<T>.Invalid([error]);
}
