namespace Tsunagu.Domain.Drugs;

/// <summary>
/// A prescribed or dispensed drug as the checks see it: a product of the master, or an ingredient prescribed by its
/// 一般名コード (一般名処方), with the ingredient-and-route key it is compared by. The master hands out one instance
/// per product, so resolving allocates nothing.
/// </summary>
/// <param name="Code">The product's レセ電 code, or the 一般名コード of a 一般名処方.</param>
/// <param name="Product">The master row, or null for a 一般名処方.</param>
/// <param name="Ingredient">同一成分同一投与経路 key.</param>
/// <param name="Name">The product's 漢字名称, or the 一般名処方の標準的な記載.</param>
public sealed record ResolvedDrug(string Code, Drug? Product, IngredientKey Ingredient, string Name);
