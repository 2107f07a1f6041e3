using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Tests;

/// <summary>Assertions on the error codes of a failed result.</summary>
internal static class Codes
{
    public static IReadOnlyList<string> Of<T>(ValidationResult<T> result) => [.. result.Errors.Select(e => e.Error.Code)];

    public static void AssertOnly<T>(ValidationResult<T> result, ErrorCode expected)
    {
        Assert.False(result.IsValid);
        Assert.Equal([expected.Code], Of(result));
    }
}
