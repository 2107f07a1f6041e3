using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Codes;

/// <summary>公費負担者番号 (8 digits): 法別番号 2 + 都道府県 2 + 実施機関番号 3 + 検証番号 1.</summary>
public sealed record PublicPayerNumber
{
    private PublicPayerNumber(string value) => Value = value;

    public string Value { get; }

    /// <summary>法別番号, the public program (e.g. 54 難病医療).</summary>
    public string LawCode => Value[..2];

    public Prefecture Prefecture => Prefectures.Get(int.Parse(Value.AsSpan(2, 2), provider: System.Globalization.CultureInfo.InvariantCulture));

    public static ValidationResult<PublicPayerNumber> Parse(string? value, string field = "publicPayerNumber") =>
        DigitCode.Result(
            DigitCode.CheckShape(value, field, 8)
                ?? DigitCode.CheckPrefecture(value![2..4], field)
                ?? DigitCode.CheckMhlwCheckDigit(value, field),
            () => new PublicPayerNumber(value!));

    public override string ToString() => Value;
}
