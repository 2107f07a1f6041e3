using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Codes;

/// <summary>
/// 保険者番号: 8 digits (法別 2 + 都道府県 2 + 保険者別 3 + 検証 1) or 6 digits for 国民健康保険 (都道府県 2 + 3 + 検証 1).
/// The eligibility XML right-justifies a 6-digit number with spaces and JP_Insurance_memberID zero-pads it to 8;
/// <see cref="Parse"/> accepts both forms and keeps the 6 digits (no 法別番号 is 00).
/// </summary>
public sealed record InsurerNumber
{
    private InsurerNumber(string value) => Value = value;

    /// <summary>The 6 or 8 digits as printed on the card.</summary>
    public string Value { get; }

    /// <summary>True for a 6-digit 国民健康保険 number.</summary>
    public bool IsNationalHealthInsurance => Value.Length == 6;

    /// <summary>法別番号, or null for 国民健康保険.</summary>
    public string? LawCode => IsNationalHealthInsurance ? null : Value[..2];

    /// <summary>True for a 後期高齢者医療広域連合 (法別 39).</summary>
    public bool IsLateStageElderly => LawCode == "39";

    public Prefecture Prefecture => Prefectures.Get(int.Parse(PrefectureDigits, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Zero-padded to 8 digits, as in JP_Insurance_memberID.</summary>
    public string ZeroPadded => Value.PadLeft(8, '0');

    private string PrefectureDigits => IsNationalHealthInsurance ? Value[..2] : Value[2..4];

    public static ValidationResult<InsurerNumber> Parse(string? value, string field = "insurerNumber")
    {
        var trimmed = value?.TrimStart(' ');
        if (trimmed is { Length: 8 } && trimmed.StartsWith("00", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..];
        }

        return DigitCode.Result(
            DigitCode.CheckShape(trimmed, field, 6, 8)
                ?? DigitCode.CheckPrefecture(trimmed!.Length == 6 ? trimmed[..2] : trimmed[2..4], field)
                ?? DigitCode.CheckMhlwCheckDigit(trimmed, field),
            () => new InsurerNumber(trimmed!));
    }

    public override string ToString() => Value;
}
