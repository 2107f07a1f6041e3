using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Tests.Prescriptions;

/// <summary>Finds the one error of a code in a failed result, to assert where it points.</summary>
internal static class Errors
{
    public static FieldError Single<T>(ValidationResult<T> result, ErrorCode code)
    {
        Assert.False(result.IsValid, "expected the read to fail");
        return Assert.Single(result.Errors, e => e.Error == code);
    }
}
