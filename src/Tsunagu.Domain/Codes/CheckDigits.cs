namespace Tsunagu.Domain.Codes;

/// <summary>
/// The check-digit (検証番号) algorithms of the national identifiers. Callers pass the body without its check digit;
/// every character must already be an ASCII digit.
/// </summary>
public static class CheckDigits
{
    /// <summary>
    /// MHLW 検証番号 used by 保険者番号, 公費負担者番号 and 医療機関コード: from the rightmost body digit, weights 2,1,2,1…,
    /// two-digit products summed digit by digit, check = (10 − sum mod 10) mod 10.
    /// </summary>
    public static int Mhlw(ReadOnlySpan<char> body)
    {
        var sum = 0;
        var weight = 2;
        for (var i = body.Length - 1; i >= 0; i--)
        {
            var product = (body[i] - '0') * weight;
            sum += product / 10 + product % 10;
            weight = 3 - weight;
        }

        return (10 - sum % 10) % 10;
    }

    /// <summary>全国地方公共団体コード: the five body digits weighted 6,5,4,3,2; check = (11 − sum mod 11) mod 10.</summary>
    public static int Municipality(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += (body[i] - '0') * (6 - i);
        }

        return (11 - sum % 11) % 10;
    }

    /// <summary>
    /// 個人番号 (総務省令第85号 第5条): the eleven body digits weighted 6,5,4,3,2,7,6,5,4,3,2 from the left;
    /// remainder = sum mod 11; check = 0 when the remainder is 0 or 1, else 11 − remainder.
    /// </summary>
    public static int MyNumber(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var n = 1; n <= body.Length; n++)
        {
            var digit = body[body.Length - n] - '0';
            var weight = n <= 6 ? n + 1 : n - 5;
            sum += digit * weight;
        }

        var remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }
}
