using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Codes;

/// <summary>
/// 医療機関コード (10 digits): 都道府県 2 + 点数表 1 + 郡市区 2 + 医療機関等番号 4 + 検証番号 1,
/// the check digit computed over the first nine digits.
/// </summary>
public sealed record FacilityCode
{
    private FacilityCode(string value) => Value = value;

    public string Value { get; }

    public Prefecture Prefecture => Prefectures.Get(int.Parse(Value.AsSpan(0, 2), provider: System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The 点数表 digit; values outside the known table are kept as their number.</summary>
    public FeeScoreTable FeeScoreTable => (FeeScoreTable)(Value[2] - '0');

    /// <summary>The 7-digit 保険医療機関番号 printed in prescription CSV record 1.</summary>
    public string SevenDigitNumber => Value[3..];

    public static ValidationResult<FacilityCode> Parse(string? value, string field = "code") =>
        DigitCode.Result(
            DigitCode.CheckShape(value, field, 10)
                ?? DigitCode.CheckPrefecture(value![..2], field)
                ?? DigitCode.CheckMhlwCheckDigit(value, field),
            () => new FacilityCode(value!));

    public override string ToString() => Value;
}
