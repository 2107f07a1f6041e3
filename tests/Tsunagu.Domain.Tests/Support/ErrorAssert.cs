using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Tests.Support;

/// <summary>Assertions on the <see cref="FieldError"/> lists that validators return.</summary>
internal static class ErrorAssert
{
    /// <summary>Asserts that <paramref name="errors"/> holds exactly one error, with this code and field.</summary>
    public static FieldError Only(IEnumerable<FieldError> errors, ErrorCode code, string field)
    {
        var error = Assert.Single(errors);
        Assert.Equal(code.Code, error.Error.Code);
        Assert.Equal(field, error.Field);
        return error;
    }

    /// <summary>Asserts that exactly one of <paramref name="errors"/> has this code and field, whatever else is there.</summary>
    public static FieldError Contains(IEnumerable<FieldError> errors, ErrorCode code, string field) =>
        Assert.Single(errors, e => e.Error.Code == code.Code && e.Field == field);

    /// <summary>Asserts that a parse failed with exactly one error, with this code and field.</summary>
    public static FieldError Refused<T>(ValidationResult<T> result, ErrorCode code, string field)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        return Only(result.Errors, code, field);
    }

    /// <summary>Asserts that a parse succeeded and returns its value.</summary>
    public static T Accepted<T>(ValidationResult<T> result)
        where T : class
    {
        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
        return Assert.IsType<T>(result.Value, exactMatch: false);
    }
}
