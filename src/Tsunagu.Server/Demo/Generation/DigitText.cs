using Tsunagu.Domain.Codes;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>Fast, culture-free formatting of the all-digit codes the generator writes.</summary>
internal static class DigitText
{
    /// <summary><paramref name="value"/> as exactly <paramref name="width"/> ASCII digits, zero-padded on the left.</summary>
    public static string Pad(long value, int width) =>
        string.Create(width, value, static (span, remaining) =>
        {
            for (var i = span.Length - 1; i >= 0; i--)
            {
                span[i] = (char)('0' + (remaining % 10));
                remaining /= 10;
            }
        });

    /// <summary>The body followed by its MHLW 検証番号 (保険者番号, 医療機関コード, 後期高齢者 被保険者番号).</summary>
    public static string WithMhlwCheckDigit(string body) => string.Concat(body, Digit(CheckDigits.Mhlw(body)));

    /// <summary>The body followed by its 全国地方公共団体コード check digit.</summary>
    public static string WithMunicipalityCheckDigit(string body) => string.Concat(body, Digit(CheckDigits.Municipality(body)));

    private static string Digit(int digit) => ((char)('0' + digit)).ToString();
}
