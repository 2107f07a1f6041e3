namespace Tsunagu.Domain.Drugs;

/// <summary>
/// One drug of the 支払基金 医薬品マスター (レセ電 マスター種別 Y). The ingredient-and-route key is not part of the row:
/// <see cref="DrugMaster"/> derives it from the 薬価基準 code and, when loaded, the MHLW 薬価基準 list.
/// </summary>
/// <param name="ReceiptCode">医薬品コード (レセ電, 9 digits; column 3): the master's key.</param>
/// <param name="PriceListCode">薬価基準収載医薬品コード (12; column 32).</param>
/// <param name="GenericNameCode">一般名コード (12; column 37), or null when the row has none.</param>
/// <param name="Name">医薬品名・規格名 漢字名称 (column 5).</param>
/// <param name="KanaName">医薬品名・規格名 カナ名称 (column 7).</param>
/// <param name="BaseName">基本漢字名称 (column 35).</param>
/// <param name="Unit">単位 漢字名称 (column 10), e.g. 錠, ｇ.</param>
/// <param name="Price">新又は現金額 (薬価, yen per unit; column 12).</param>
/// <param name="DosageForm">剤形 (column 28).</param>
/// <param name="GenericName">一般名処方の標準的な記載 (column 38), e.g. 【般】ファモチジン散２％, or null.</param>
/// <param name="ListedOn">薬価基準収載年月日 (column 36), or null when not given.</param>
/// <param name="ChangedOn">変更年月日 (column 30), or null when not given.</param>
/// <param name="DiscontinuedOn">廃止年月日 (column 31): the last day the code may be used; null for 99999999.</param>
public sealed record Drug(
    string ReceiptCode,
    string PriceListCode,
    string? GenericNameCode,
    string Name,
    string KanaName,
    string BaseName,
    string Unit,
    decimal Price,
    DosageForm DosageForm,
    string? GenericName,
    DateOnly? ListedOn,
    DateOnly? ChangedOn,
    DateOnly? DiscontinuedOn)
{
    /// <summary>True when the drug was discontinued before <paramref name="date"/> (it may still be used on its 廃止年月日).</summary>
    public bool IsDiscontinuedBefore(DateOnly date) => DiscontinuedOn is { } last && last < date;
}
