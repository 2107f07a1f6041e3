namespace Tsunagu.Domain.Drugs;

/// <summary>
/// The "same ingredient, same route" (同一成分同一投与経路) key of the 重複投薬等チェック. Two drugs are duplicates when
/// their keys are equal. <see cref="Code"/> is a 7-character class key (薬効分類 + 投与経路・成分): the drug's own when
/// the 薬価基準 list says nothing about it, else the smallest class key of its ingredient group
/// (docs/adr/0006-ingredient-route-key.md). Keys are shared between the drugs of one <see cref="DrugMaster"/>, so
/// comparing them is usually a reference check.
/// </summary>
public sealed class IngredientKey : IEquatable<IngredientKey>
{
    private readonly int hash;

    public IngredientKey(string code, AdministrationRoute route, string? ingredient)
    {
        Code = code;
        Route = route;
        Ingredient = ingredient;
        hash = HashCode.Combine(code, route);
    }

    /// <summary>The 7-character class key that names the group.</summary>
    public string Code { get; }

    public AdministrationRoute Route { get; }

    /// <summary>The 成分名 of the group from the 薬価基準 list, or null when the key is a bare class key.</summary>
    public string? Ingredient { get; }

    public static bool operator ==(IngredientKey? left, IngredientKey? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(IngredientKey? left, IngredientKey? right) => !(left == right);

    public bool Equals(IngredientKey? other) =>
        ReferenceEquals(this, other) || (other is not null && hash == other.hash && Route == other.Route && Code == other.Code);

    public override bool Equals(object? obj) => Equals(obj as IngredientKey);

    public override int GetHashCode() => hash;

    public override string ToString() => $"{Code}/{AdministrationRoutes.Category(Route)}{(Ingredient is null ? string.Empty : $" {Ingredient}")}";
}
