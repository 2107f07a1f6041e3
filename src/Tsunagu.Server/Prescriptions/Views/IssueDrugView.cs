namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>The new drug an issue is about: its place in the request, its code and name, and its ingredient-and-route key.</summary>
/// <param name="Ingredient">The 同一成分同一投与経路 key (7-character class key of its ingredient group).</param>
public sealed record IssueDrugView(int Line, int? Rp, string? Code, string ResolvedCode, string Name, string Ingredient, string Route);
