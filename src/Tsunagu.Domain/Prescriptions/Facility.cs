namespace Tsunagu.Domain.Prescriptions;

/// <summary>
/// A 医療機関 or 保険薬局 as printed on a prescription or dispensing result: the 10-digit 医療機関コード
/// (都道府県 2 + 点数表 1 + 医療機関番号 7) with its name and contact details.
/// </summary>
/// <param name="Code">The 10-digit 医療機関コード (check digit checked by the reader unless told not to).</param>
/// <param name="Name">名称.</param>
/// <param name="PostalCode">郵便番号, e.g. <c>113-0021</c>.</param>
/// <param name="Address">所在地.</param>
/// <param name="Phone">電話番号.</param>
public sealed record Facility(string Code, string Name, string? PostalCode = null, string? Address = null, string? Phone = null)
{
    /// <summary>都道府県番号, the first two digits (JIS X 0401).</summary>
    public string PrefectureCode => Code[..2];

    /// <summary>点数表番号, the third digit (1 医科, 3 歯科, 4 調剤).</summary>
    public char FeeScoreTable => Code[2];

    /// <summary>The 7-digit 医療機関番号 that the CSV record 1 carries.</summary>
    public string SevenDigitNumber => Code[3..];
}
