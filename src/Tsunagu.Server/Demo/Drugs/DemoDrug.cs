using Tsunagu.Domain.Drugs;

namespace Tsunagu.Server.Demo.Drugs;

/// <summary>One product of the demo master: its 薬価基準 code, names, unit, 薬価 and the 成分名 and 区分 of the 薬価基準 list.</summary>
/// <param name="GenericNameCode">一般名コード, for the products commonly prescribed by 一般名.</param>
/// <param name="GenericName">一般名処方の標準的な記載.</param>
/// <param name="DiscontinuedOn">廃止年月日, for a product that has left the price list.</param>
internal sealed record DemoDrug(
    string PriceListCode,
    string Name,
    string KanaName,
    string Unit,
    decimal Price,
    AdministrationRoute Route,
    string Ingredient,
    string? GenericNameCode,
    string? GenericName,
    DateOnly? DiscontinuedOn = null);
