namespace Tsunagu.Domain.Drugs;

/// <summary>
/// The interaction table of one <see cref="DrugMaster"/>: each named drug (薬価基準 code or class key) stands for its
/// ingredient-and-route key, so a pair listed under one class key also holds for the same ingredient under another.
/// Lookups by key are O(1); where both levels reach the same pair of keys, 併用禁忌 wins.
/// </summary>
public sealed class InteractionTable
{
    private static readonly IReadOnlySet<IngredientKey> None = new HashSet<IngredientKey>();

    private readonly Dictionary<(IngredientKey, IngredientKey), InteractionLevel> levels;
    private readonly Dictionary<IngredientKey, HashSet<IngredientKey>> contraindicated;

    private InteractionTable(Dictionary<(IngredientKey, IngredientKey), InteractionLevel> levels, Dictionary<IngredientKey, HashSet<IngredientKey>> contraindicated, int count)
    {
        this.levels = levels;
        this.contraindicated = contraindicated;
        Count = count;
    }

    /// <summary>How many unordered pairs of ingredient keys the table holds.</summary>
    public int Count { get; }

    public static InteractionTable Build(IEnumerable<Interaction> interactions, DrugMaster master)
    {
        var levels = new Dictionary<(IngredientKey, IngredientKey), InteractionLevel>();
        var contraindicated = new Dictionary<IngredientKey, HashSet<IngredientKey>>();
        var count = 0;
        foreach (var interaction in interactions)
        {
            var a = master.KeyFor(interaction.DrugA);
            var b = master.KeyFor(interaction.DrugB);
            var listed = levels.TryGetValue((a, b), out var known);
            count += listed ? 0 : 1;
            var level = listed && known > interaction.Level ? known : interaction.Level;
            levels[(a, b)] = level;
            levels[(b, a)] = level;
            if (level == InteractionLevel.Contraindicated)
            {
                Partners(contraindicated, a).Add(b);
                Partners(contraindicated, b).Add(a);
            }
        }

        return new InteractionTable(levels, contraindicated, count);
    }

    /// <summary>How two ingredients interact, or null when the table lists no interaction.</summary>
    public InteractionLevel? Find(IngredientKey a, IngredientKey b) => levels.TryGetValue((a, b), out var level) ? level : null;

    /// <summary>The keys marked 併用禁忌 with <paramref name="key"/> (empty when there are none).</summary>
    public IReadOnlySet<IngredientKey> ContraindicatedWith(IngredientKey key) => contraindicated.TryGetValue(key, out var partners) ? partners : None;

    private static HashSet<IngredientKey> Partners(Dictionary<IngredientKey, HashSet<IngredientKey>> contraindicated, IngredientKey key)
    {
        if (!contraindicated.TryGetValue(key, out var partners))
        {
            partners = [];
            contraindicated.Add(key, partners);
        }

        return partners;
    }
}
