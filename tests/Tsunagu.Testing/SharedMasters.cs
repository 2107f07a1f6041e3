namespace Tsunagu.Testing;

/// <summary>The public code masters in ../shared/masters (see its SOURCES.md); tests skip when ../shared is absent.</summary>
public static class SharedMasters
{
    /// <summary>The first 803 rows of the 支払基金 医薬品マスター, UTF-8 with a header row added by the mirror.</summary>
    public const string DrugMasterUtf8 = "ssk-iyakuhin-y-20260930-sample.csv";

    /// <summary>The same rows as the 支払基金 publishes them: Shift_JIS (CP932), no header, CRLF.</summary>
    public const string DrugMasterShiftJis = "ssk-iyakuhin-y-20260930-sample.sjis.csv";

    /// <summary>The MHLW 薬価基準収載品目リスト of 2025-07-16 (12,434 items).</summary>
    public const string PriceList = "mhlw-yakka-kijun-20250716.csv";

    public const int DrugMasterRows = 803;

    public const int PriceListItems = 12_434;

    public static string PathOrSkip(string file) => SharedFolder.PathOrSkip("masters", file);

    public static byte[] ReadOrSkip(string file) => File.ReadAllBytes(PathOrSkip(file));
}
