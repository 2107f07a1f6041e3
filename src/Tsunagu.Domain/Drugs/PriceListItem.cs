namespace Tsunagu.Domain.Drugs;

/// <summary>
/// One item of the MHLW 薬価基準収載品目リスト: what it adds to the 支払基金 master is the 成分名 and 区分 per 薬価基準
/// code, from which <see cref="IngredientGroups"/> derives the ingredient-and-route key.
/// </summary>
/// <param name="Code">薬価基準収載医薬品コード (12).</param>
/// <param name="Route">区分 (内用薬, 外用薬, 注射薬, 歯科用薬剤).</param>
/// <param name="Ingredient">成分名, e.g. アスピリン; a combination product (配合剤) names the combination.</param>
/// <param name="ProductName">品名.</param>
public sealed record PriceListItem(string Code, AdministrationRoute Route, string Ingredient, string ProductName);
