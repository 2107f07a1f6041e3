using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Masters;

/// <summary>
/// Reads the MHLW 薬価基準収載品目リスト as a CSV with its header row (15 columns: 区分, 薬価基準収載医薬品コード, 成分名,
/// 規格, … 品名 …), UTF-8 or Shift_JIS. Every bad row is reported with its line and column; a file with any error yields
/// no items.
/// </summary>
public static class PriceListReader
{
    public const int Route = 1;
    public const int Code = 2;
    public const int Ingredient = 3;
    public const int ProductName = 8;

    public static IReadOnlyList<string> Names { get; } =
    [
        "区分", "薬価基準収載医薬品コード", "成分名", "規格", "日本薬局方", "麻薬", "業者名追記", "品名", "メーカー名",
        "診療報酬において加算等の算定対象となる後発医薬品", "先発医薬品", "同一剤形・規格の後発医薬品がある先発医薬品", "薬価", "経過措置による使用期限", "備考",
    ];

    public static ValidationResult<IReadOnlyList<PriceListItem>> Read(ReadOnlySpan<byte> content) => Read(MasterText.Decode(content));

    public static ValidationResult<IReadOnlyList<PriceListItem>> Read(string text)
    {
        var table = new CsvTable(Names);
        var items = new List<PriceListItem>();
        foreach (var row in table.Rows(text, requiredHeaderNames: Ingredient))
        {
            var route = row.OneOf(Route, AdministrationRoutes.FromCategory) ?? AdministrationRoute.Oral;
            var item = new PriceListItem(row.Code(Code, DrugCodes.IsPriceListCode)!, route, row.Required(Ingredient), row.Text(ProductName));
            if (!row.HasErrors && table.Unique(row, Code, item.Code))
            {
                items.Add(item);
            }
        }

        return table.Result(items);
    }
}
