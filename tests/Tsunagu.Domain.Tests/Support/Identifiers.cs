using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Tests.Support;

/// <summary>Parses any of the digit identifiers by a short name, so that rules they share can be tested together.</summary>
internal static class Identifiers
{
    public const string Insurer = "insurer";
    public const string PublicPayer = "publicPayer";
    public const string Facility = "facility";
    public const string Municipality = "municipality";
    public const string MyNumber = "myNumber";

    /// <summary>The errors of parsing <paramref name="value"/> as <paramref name="kind"/> under its default field name.</summary>
    public static IReadOnlyList<FieldError> Errors(string kind, string? value) => kind switch
    {
        Insurer => InsurerNumber.Parse(value).Errors,
        PublicPayer => PublicPayerNumber.Parse(value).Errors,
        Facility => FacilityCode.Parse(value).Errors,
        Municipality => MunicipalityCode.Parse(value).Errors,
        MyNumber => Domain.Codes.MyNumber.Parse(value).Errors,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown identifier kind."),
    };

    /// <summary>Asserts that a value with one digit changed was refused by its check digit or, for changed prefecture digits, its prefecture.</summary>
    public static void AssertRefusedForADigit<T>(ValidationResult<T> result)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        var error = Assert.Single(result.Errors);
        Assert.Contains(error.Error.Code, new[] { CodeErrors.CheckDigitMismatch.Code, CodeErrors.UnknownPrefecture.Code });
    }
}
