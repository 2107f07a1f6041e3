namespace Tsunagu.Domain.Drugs;

/// <summary>
/// The ingredient groups of the MHLW 薬価基準 list: class keys (first 7 characters of the 薬価基準 code) joined when
/// the list gives them the same (成分名, 区分), transitively. アスピリン 内用薬 under 1143001 (analgesic) and 3399007
/// (antiplatelet) become one group; so do フェブキソスタット and フェブキソスタット水和物, which share 3949003.
/// </summary>
public sealed class IngredientGroups
{
    private readonly Dictionary<string, IngredientKey> keys;

    private IngredientGroups(Dictionary<string, IngredientKey> keys) => this.keys = keys;

    public static IngredientGroups Empty { get; } = new([]);

    public static IngredientGroups Build(IEnumerable<PriceListItem> items)
    {
        var sets = new ClassKeyUnion();
        var firstByIngredient = new Dictionary<(string Ingredient, AdministrationRoute Route), string>();
        var routes = new Dictionary<string, AdministrationRoute>();
        var ingredients = new Dictionary<string, string>();
        foreach (var item in items)
        {
            var classKey = DrugCodes.ClassKey(item.Code);
            sets.Add(classKey);
            routes.TryAdd(classKey, item.Route);
            if (!ingredients.TryGetValue(classKey, out var known) || string.CompareOrdinal(item.Ingredient, known) < 0)
            {
                ingredients[classKey] = item.Ingredient;
            }

            if (!firstByIngredient.TryAdd((item.Ingredient, item.Route), classKey))
            {
                sets.Join(classKey, firstByIngredient[(item.Ingredient, item.Route)]);
            }
        }

        return new IngredientGroups(KeysOf(sets, routes, ingredients));
    }

    /// <summary>The group key of a class key the list knows, else null.</summary>
    public IngredientKey? Find(string classKey) => keys.GetValueOrDefault(classKey);

    private static Dictionary<string, IngredientKey> KeysOf(ClassKeyUnion sets, Dictionary<string, AdministrationRoute> routes, Dictionary<string, string> ingredients)
    {
        var keys = new Dictionary<string, IngredientKey>(StringComparer.Ordinal);
        foreach (var group in sets.Groups())
        {
            var canonical = group.Min(StringComparer.Ordinal)!;
            var key = new IngredientKey(canonical, routes[canonical], ingredients[canonical]);
            foreach (var classKey in group)
            {
                keys[classKey] = key;
            }
        }

        return keys;
    }
}
