using System.Globalization;
using Tsunagu.Domain.Drugs;

namespace Tsunagu.Benchmarks.Prescriptions;

/// <summary>
/// A deterministic synthetic catalog the size of the national one: drugs spread over class keys (five products each),
/// a 薬価基準 list that joins some class keys into one ingredient, and random interaction pairs between class keys.
/// </summary>
internal static class SyntheticCatalog
{
    private const int ProductsPerClassKey = 5;

    public static IReadOnlyList<Drug> Drugs(int count)
    {
        var drugs = new List<Drug>(count);
        for (var i = 0; i < count; i++)
        {
            var code = PriceListCode(i / ProductsPerClassKey, i % ProductsPerClassKey);
            drugs.Add(new Drug(
                (620_000_000 + i).ToString(CultureInfo.InvariantCulture), code, null, $"合成医薬品{i}", "ｺﾞｳｾｲ", $"合成医薬品{i}", "錠", 10.1m,
                DosageForm.Oral, null, null, new DateOnly(2026, 4, 1), null));
        }

        return drugs;
    }

    /// <summary>One item per drug; every tenth class key shares its 成分名 with the next, as salts and classes do in the real list.</summary>
    public static IReadOnlyList<PriceListItem> PriceList(IReadOnlyList<Drug> drugs) =>
        [.. drugs.Select((d, i) => new PriceListItem(d.PriceListCode, AdministrationRoute.Oral, $"成分{Ingredient(i / ProductsPerClassKey)}", d.Name))];

    public static IReadOnlyList<Interaction> Interactions(int count, int classKeys, Random random)
    {
        var pairs = new HashSet<(int, int)>();
        while (pairs.Count < count)
        {
            var a = random.Next(classKeys);
            var b = random.Next(classKeys);
            if (a != b)
            {
                pairs.Add((Math.Min(a, b), Math.Max(a, b)));
            }
        }

        return [.. pairs.Select((p, i) => new Interaction(ClassKey(p.Item1), ClassKey(p.Item2), i % 2 == 0 ? InteractionLevel.Contraindicated : InteractionLevel.Caution))];
    }

    public static string ClassKey(int index) => (1_000_000 + (index * 7)).ToString("0000000", CultureInfo.InvariantCulture)[..DrugCodes.ClassKeyLength];

    private static string PriceListCode(int classKey, int product) =>
        string.Create(CultureInfo.InvariantCulture, $"{ClassKey(classKey)}F{product + 1}{product:00}0");

    private static int Ingredient(int classKey) => classKey % 10 == 9 ? classKey - 1 : classKey;
}
