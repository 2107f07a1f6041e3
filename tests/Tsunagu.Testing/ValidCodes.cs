using System.Globalization;
using Tsunagu.Domain.Codes;

namespace Tsunagu.Testing;

/// <summary>Makes unique, check-digit-valid codes for test organizations (Tokyo, prefecture 13).</summary>
public static class ValidCodes
{
    private static int counter;

    /// <summary>A 10-digit 医療機関コード with the given 点数表 digit.</summary>
    public static string Facility(FeeScoreTable table)
    {
        var body = $"13{(int)table}01{Next():0000}";
        return body + CheckDigits.Mhlw(body).ToString(CultureInfo.InvariantCulture);
    }

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
    public static string For(string kind) => kind switch
    {
        "hospital" or "clinic" => Facility(FeeScoreTable.Medical),
        "dental" => Facility(FeeScoreTable.Dental),
        "pharmacy" => Facility(FeeScoreTable.Dispensing),
        "visiting-nursing" => Facility(FeeScoreTable.VisitingNursing),
        "insurer" => Insurer(),
        "municipality" => Municipality(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No code for this kind."),
    };

    private static int Next() => Interlocked.Increment(ref counter) % 10_000;
}
