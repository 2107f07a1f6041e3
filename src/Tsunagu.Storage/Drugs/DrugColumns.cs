using System.Data.Common;
using Tsunagu.Domain.Drugs;

namespace Tsunagu.Storage.Drugs;

/// <summary>The columns of the drugs table in one order, and how a row reads back into a <see cref="Drug"/>.</summary>
internal static class DrugColumns
{
    public const string List =
        "receipt_code, price_list_code, generic_name_code, name, kana_name, base_name, unit, price_hundredths, dosage_form, generic_name, listed_on, changed_on, discontinued_on";

    /// <summary>The parameter names matching <see cref="List"/>, in order.</summary>
    public static readonly string[] Parameters =
        ["code", "priceList", "genericCode", "name", "kana", "baseName", "unit", "price", "form", "genericName", "listed", "changed", "discontinued"];

    /// <summary>薬価 is kept in hundredths of a yen: published prices have at most two decimals.</summary>
    public static long Hundredths(decimal price) => (long)(price * 100);

    /// <summary>The values of <paramref name="drug"/> in the order of <see cref="List"/>.</summary>
    public static object?[] Values(Drug drug) =>
    [
        drug.ReceiptCode, drug.PriceListCode, drug.GenericNameCode, drug.Name, drug.KanaName, drug.BaseName, drug.Unit,
        Hundredths(drug.Price), (int)drug.DosageForm, drug.GenericName, drug.ListedOn, drug.ChangedOn, drug.DiscontinuedOn,
    ];

    public static Drug Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.NullableString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetInt64(7) / 100m,
        (DosageForm)reader.GetInt32(8),
        reader.NullableString(9),
        NullableDate(reader, 10),
        NullableDate(reader, 11),
        NullableDate(reader, 12));

    private static DateOnly? NullableDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.Date(ordinal);
}
