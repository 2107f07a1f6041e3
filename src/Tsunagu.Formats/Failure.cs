using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats;

/// <summary>Shorthands for failed <see cref="ValidationResult{T}"/>s.</summary>
internal static class Failure
{
    /// <summary>A result with the single error <paramref name="error"/> on <paramref name="field"/>.</summary>
    public static ValidationResult<T> Of<T>(ErrorCode error, string field, string? detail = null) =>
        ValidationResult<T>.Invalid([new FieldError(error, field, Detail: detail)]);

    /// <summary>Carries the errors of a failed result over to a result of another type.</summary>
    public static ValidationResult<T> From<T, TOther>(ValidationResult<TOther> failed) =>
        ValidationResult<T>.Invalid(failed.Errors);
}
