using System.Globalization;
using Tsunagu.Domain.Drugs;

namespace Tsunagu.Formats.Masters;

/// <summary>
/// Writes drugs in the 支払基金 医薬品マスター layout (42 columns, no header, CRLF), so that a generated master reads
/// back exactly as a published one does. Columns the domain does not keep get the values ordinary rows carry.
/// </summary>
public static class DrugMasterWriter
{
    private static readonly Dictionary<string, string> UnitCodes = new(StringComparer.Ordinal)
    {
        ["枚"] = "6", ["本"] = "7", ["個"] = "10", ["カプセル"] = "15", ["錠"] = "16", ["包"] = "18", ["瓶"] = "19", ["袋"] = "20",
        ["管"] = "22", ["ｇ"] = "33", ["ｍＬ"] = "36",
    };

    public static void Write(TextWriter output, IEnumerable<DrugMasterRecord> records)
    {
        var order = 0;
        foreach (var (change, drug) in records)
        {
            output.Write(string.Join(",", Fields(change, drug, ++order).Select(CsvFields.Quote)));
            output.Write("\r\n");
        }
    }

    private static string[] Fields(MasterChange change, Drug drug, int order)
    {
        var fields = Enumerable.Repeat("0", DrugMasterColumns.Names.Count).ToArray();
        Set(fields, DrugMasterColumns.Change, ((int)change).ToString(CultureInfo.InvariantCulture));
        Set(fields, DrugMasterColumns.MasterKind, DrugMasterColumns.DrugMasterKind);
        Set(fields, DrugMasterColumns.ReceiptCode, drug.ReceiptCode);
        Set(fields, DrugMasterColumns.NameLength, drug.Name.Length.ToString(CultureInfo.InvariantCulture));
        Set(fields, DrugMasterColumns.Name, drug.Name);
        Set(fields, DrugMasterColumns.KanaLength, drug.KanaName.Length.ToString("00", CultureInfo.InvariantCulture));
        Set(fields, DrugMasterColumns.KanaName, drug.KanaName);
        Set(fields, DrugMasterColumns.UnitCode, UnitCodes.GetValueOrDefault(drug.Unit, "0"));
        Set(fields, DrugMasterColumns.UnitLength, drug.Unit.Length.ToString(CultureInfo.InvariantCulture));
        Set(fields, DrugMasterColumns.Unit, drug.Unit);
        Set(fields, DrugMasterColumns.PriceKind, "1");
        Set(fields, DrugMasterColumns.Price, drug.Price.ToString("0.00", CultureInfo.InvariantCulture));
        Set(fields, DrugMasterColumns.ListingMethod, "1");
        Set(fields, DrugMasterColumns.DosageForm, ((int)drug.DosageForm).ToString(CultureInfo.InvariantCulture));
        Set(fields, DrugMasterColumns.Reserved, string.Empty);
        Set(fields, DrugMasterColumns.ChangedOn, Date(drug.ChangedOn, "0"));
        Set(fields, DrugMasterColumns.DiscontinuedOn, Date(drug.DiscontinuedOn, "99999999"));
        Set(fields, DrugMasterColumns.PriceListCode, drug.PriceListCode);
        Set(fields, DrugMasterColumns.PublicationOrder, (order * 1000).ToString("000000000", CultureInfo.InvariantCulture));
        Set(fields, DrugMasterColumns.BaseName, drug.BaseName);
        Set(fields, DrugMasterColumns.ListedOn, Date(drug.ListedOn, "0"));
        Set(fields, DrugMasterColumns.GenericNameCode, drug.GenericNameCode ?? string.Empty);
        Set(fields, DrugMasterColumns.GenericName, drug.GenericName ?? string.Empty);
        Set(fields, DrugMasterColumns.GenericAddition, drug.GenericNameCode is null ? "0" : "2");
        return fields;
    }

    private static void Set(string[] fields, int column, string value) => fields[column - 1] = value;

    private static string Date(DateOnly? date, string none) => date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? none;
}
