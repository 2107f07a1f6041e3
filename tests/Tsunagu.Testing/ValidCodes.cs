using System.Globalization;
using Tsunagu.Domain.Codes;

namespace Tsunagu.Testing;

/// <summary>Makes unique, check-digit-valid codes for test organizations (Tokyo, prefecture 13, unless told).</summary>
public static class ValidCodes
{
    private static int counter;

    /// <summary>A 10-digit 医療機関コード with the given 点数表 digit, in <paramref name="prefecture"/> (1–47).</summary>
    public static string Facility(FeeScoreTable table, int prefecture = 13)
    {
        var body = $"{prefecture:00}{(int)table}01{Next():0000}";
        return body + CheckDigits.Mhlw(body).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>An 8-digit 公費負担者番号 of the program <paramref name="lawCode"/> (法別番号, e.g. 54 難病医療).</summary>
    public static string PublicPayer(string lawCode = "54")
    {
        var body = $"{lawCode}13{Next() % 1000:000}";
        return body + CheckDigits.Mhlw(body).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The same code with its last digit (the check digit) changed, so that only the check digit is wrong.</summary>
    public static string WithWrongCheckDigit(string code) => code[..^1] + (char)('0' + (code[^1] - '0' + 1) % 10);

    /// <summary>An 8-digit 健保組合 保険者番号 (法別 06).</summary>
    public static string Insurer()
    {
        var body = $"0613{Next() % 1000:000}";
        return body + CheckDigits.Mhlw(body).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A 6-digit 国民健康保険 保険者番号 (no 法別番号), which records may also give zero-padded to 8 digits.</summary>
    public static string NationalHealthInsurer()
    {
        var body = $"13{Next() % 1000:000}";
        return body + CheckDigits.Mhlw(body).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A 6-digit 全国地方公共団体コード.</summary>
    public static string Municipality()
    {
        var body = $"13{Next() % 1000:000}";
        return body + CheckDigits.Municipality(body).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The code a kind of organization is registered under.</summary>
    /// <param name="prefecture">Where a facility is (1–47); insurers and municipalities are always in Tokyo.</param>
    public static string For(string kind, int prefecture = 13) => kind switch
    {
        "hospital" or "clinic" => Facility(FeeScoreTable.Medical, prefecture),
        "dental" => Facility(FeeScoreTable.Dental, prefecture),
        "pharmacy" => Facility(FeeScoreTable.Dispensing, prefecture),
        "visiting-nursing" => Facility(FeeScoreTable.VisitingNursing, prefecture),
        "insurer" => Insurer(),
        "municipality" => Municipality(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No code for this kind."),
    };

    private static int Next() => Interlocked.Increment(ref counter) % 10_000;
}
