using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Codes;

/// <summary>全国地方公共団体コード (6 digits): 都道府県 2 + 市区町村 3 + 検証番号 1.</summary>
public sealed record MunicipalityCode
{
    private MunicipalityCode(string value) => Value = value;

    public string Value { get; }

    public Prefecture Prefecture => Prefectures.Get(int.Parse(Value.AsSpan(0, 2), provider: System.Globalization.CultureInfo.InvariantCulture));

    public static ValidationResult<MunicipalityCode> Parse(string? value, string field = "code") =>
        DigitCode.Result(
            DigitCode.CheckShape(value, field, 6)
                ?? DigitCode.CheckPrefecture(value![..2], field)
                ?? (CheckDigits.Municipality(value.AsSpan(0, 5)) == value[5] - '0' ? null : new FieldError(CodeErrors.CheckDigitMismatch, field)),
            () => new MunicipalityCode(value!));

    public override string ToString() => Value;
}
