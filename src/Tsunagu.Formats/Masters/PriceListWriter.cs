using Tsunagu.Domain.Drugs;

namespace Tsunagu.Formats.Masters;

/// <summary>Writes 薬価基準 list items as the CSV <see cref="PriceListReader"/> reads: the header, then one item a line.</summary>
public static class PriceListWriter
{
    public static void Write(TextWriter output, IEnumerable<PriceListItem> items)
    {
        output.Write(string.Join(",", PriceListReader.Names) + "\n");
        foreach (var item in items)
        {
            var fields = Enumerable.Repeat(string.Empty, PriceListReader.Names.Count).ToArray();
            fields[PriceListReader.Route - 1] = AdministrationRoutes.Category(item.Route);
            fields[PriceListReader.Code - 1] = item.Code;
            fields[PriceListReader.Ingredient - 1] = item.Ingredient;
            fields[PriceListReader.ProductName - 1] = item.ProductName;
            output.Write(string.Join(",", fields.Select(CsvFields.Quote)) + "\n");
        }
    }
}
