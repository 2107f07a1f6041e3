using Tsunagu.Server.Demo.Drugs;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

/// <summary>Drugs of the demo master the check tests use, by their well-known 併用禁忌 pair (eprescription.md §6b).</summary>
public static class DemoCodes
{
    /// <summary>ハルシオン０．２５ｍｇ錠 (トリアゾラム).</summary>
    public const string Halcion = "1124007F2026";

    /// <summary>【般】トリアゾラム錠０．２５ｍｇ: the same ingredient by 一般名.</summary>
    public const string TriazolamGeneric = "1124007F2ZZZ";

    /// <summary>イトリゾールカプセル５０ (イトラコナゾール): 併用禁忌 with トリアゾラム.</summary>
    public const string Itrizole = "6290004M1029";

    /// <summary>クレストール錠２．５ｍｇ: interacts with none of the above.</summary>
    public const string Crestor = "2189017F1022";

    /// <summary>The demo master's レセ電 code of the product with this 薬価基準 code.</summary>
    public static string Receipt(string priceListCode) => DemoDrugMaster.Drugs.First(d => d.PriceListCode == priceListCode).ReceiptCode;
}
