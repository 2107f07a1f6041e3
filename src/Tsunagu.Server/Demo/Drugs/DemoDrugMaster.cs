using System.Globalization;
using Tsunagu.Domain.Drugs;
using Tsunagu.Formats.Masters;

namespace Tsunagu.Server.Demo.Drugs;

/// <summary>
/// The product's own small drug master, generated: about a hundred products with made-up but well-formed レセ電 codes
/// (629000010, 629000020, …) and real 薬価基準 codes, written in the 支払基金's 42-column layout, with the matching
/// 薬価基準 list and the demo interaction table. Deterministic: the same text every time.
/// </summary>
public static class DemoDrugMaster
{
    public const string Source = "Tsunagu demo master";

    public const string InteractionSource = "Tsunagu demo: well-known 併用禁忌 pairs from package inserts (eprescription.md §6b)";

    private const int FirstReceiptCode = 629_000_000;
    private static readonly DateOnly LastRevision = new(2026, 4, 1);

    /// <summary>The demo master's drugs, in table order.</summary>
    public static IReadOnlyList<Drug> Drugs { get; } = [.. DemoDrugTable.All.Select((d, i) => ToDrug(d, i))];

    /// <summary>The 薬価基準 list items of the demo drugs (成分名 and 区分 per 薬価基準 code).</summary>
    public static IReadOnlyList<PriceListItem> PriceList { get; } = [.. DemoDrugTable.All.Select(d => new PriceListItem(d.PriceListCode, d.Route, d.Ingredient, d.Name))];

    public static IReadOnlyList<Interaction> Interactions => DemoInteractionTable.All;

    /// <summary>The master as the 支払基金 publishes it: 42 columns, no header, CRLF.</summary>
    public static string MasterCsv() => Written(output => DrugMasterWriter.Write(output, Drugs.Select(d => new DrugMasterRecord(MasterChange.Unchanged, d))));

    /// <summary>The 薬価基準 list of the demo drugs, with its header row.</summary>
    public static string PriceListCsv() => Written(output => PriceListWriter.Write(output, PriceList));

    /// <summary>The interaction table: <c>drug_a,drug_b,level</c>.</summary>
    public static string InteractionCsv() => Written(output => InteractionWriter.Write(output, Interactions));

    private static Drug ToDrug(DemoDrug drug, int index) => new(
        (FirstReceiptCode + ((index + 1) * 10)).ToString(CultureInfo.InvariantCulture),
        drug.PriceListCode,
        drug.GenericNameCode,
        drug.Name,
        drug.KanaName,
        drug.Name,
        drug.Unit,
        drug.Price,
        drug.Route switch
        {
            AdministrationRoute.Topical => DosageForm.Topical,
            AdministrationRoute.Injection => DosageForm.Injection,
            AdministrationRoute.Dental => DosageForm.Dental,
            _ => DosageForm.Oral,
        },
        drug.GenericName,
        null,
        LastRevision,
        drug.DiscontinuedOn);

    private static string Written(Action<TextWriter> write)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        write(output);
        return output.ToString();
    }
}
