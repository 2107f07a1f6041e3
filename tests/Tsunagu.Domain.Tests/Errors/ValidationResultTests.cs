using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Tests.Errors;

public sealed class ValidationResultTests
{
    [Fact]
    public void A_valid_result_carries_its_value_and_no_errors()
    {
        var result = ValidationResult<string>.Valid("33120015");

        Assert.True(result.IsValid);
        Assert.Equal("33120015", result.Value);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void An_invalid_result_carries_every_error_and_no_value()
    {
        FieldError[] errors = [new(InputErrors.Required, "name", 0), new(InputErrors.InvalidDate, "birthdate", 0, "19700501")];

        var result = ValidationResult<string>.Invalid(errors);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(errors, result.Errors);
    }

    [Fact]
    public void An_invalid_result_without_an_error_cannot_be_made() =>
        Assert.Throws<ArgumentException>("errors", () => ValidationResult<string>.Invalid([]));
}
