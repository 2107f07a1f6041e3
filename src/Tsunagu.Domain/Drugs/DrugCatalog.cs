namespace Tsunagu.Domain.Drugs;

/// <summary>What the 重複投薬等チェック works from: the master (to resolve codes to keys) and its interaction table.</summary>
/// <param name="Version">Changes whenever an import changes the stored master, 薬価基準 list or interactions.</param>
public sealed record DrugCatalog(DrugMaster Master, InteractionTable Interactions, long Version)
{
    public static DrugCatalog Empty { get; } = new(DrugMaster.Empty, InteractionTable.Empty, 0);
}
