namespace Tsunagu.Domain.Drugs;

/// <summary>
/// One row of an interaction table: two drugs, each named by a 12-character 薬価基準 code or a 7-character class key,
/// and how they interact. The pair has no direction.
/// </summary>
public sealed record Interaction(string DrugA, string DrugB, InteractionLevel Level);
