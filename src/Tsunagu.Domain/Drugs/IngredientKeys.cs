namespace Tsunagu.Domain.Drugs;

/// <summary>
/// Derives and interns the ingredient-and-route keys of one master: the group key when the 薬価基準 list knows the
/// class key, else the bare class key with the route the drug's 剤形 gives.
/// </summary>
internal sealed class IngredientKeys(IngredientGroups groups)
{
    private readonly Dictionary<(string ClassKey, AdministrationRoute Route), IngredientKey> bare = [];
    private readonly Dictionary<string, IngredientKey> byClassKey = new(StringComparer.Ordinal);

    /// <summary>How many drugs got a key from the 薬価基準 list rather than a bare class key.</summary>
    public int FromList { get; private set; }

    public IngredientKey ForDrug(Drug drug)
    {
        var classKey = DrugCodes.ClassKey(drug.PriceListCode);
        var key = groups.Find(classKey);
        if (key is not null)
        {
            FromList++;
        }
        else
        {
            key = Bare(classKey, AdministrationRoutes.FromDosageForm(drug.DosageForm, drug.PriceListCode));
        }

        byClassKey.TryAdd(classKey, key);
        return key;
    }

    /// <summary>The key a class key stands for in an interaction table: its group, a drug's key, or the bare class key.</summary>
    public IngredientKey ForClassKey(string classKey) =>
        groups.Find(classKey) ?? byClassKey.GetValueOrDefault(classKey) ?? Bare(classKey, AdministrationRoutes.FromCode(classKey));

    private IngredientKey Bare(string classKey, AdministrationRoute route)
    {
        if (!bare.TryGetValue((classKey, route), out var key))
        {
            key = new IngredientKey(classKey, route, null);
            bare.Add((classKey, route), key);
        }

        return key;
    }
}
