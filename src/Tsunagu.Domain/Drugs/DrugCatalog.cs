using Tsunagu.Domain.Prescriptions.Checks;

namespace Tsunagu.Domain.Drugs;

/// <summary>What the 重複投薬等チェック works from: the master (to resolve codes to keys) and its interaction table.</summary>
/// <param name="Version">Changes whenever an import changes the stored master, 薬価基準 list or interactions.</param>
/// <param name="InteractionSource">Where the interaction table came from, as recorded at import; null when none was imported.</param>
public sealed record DrugCatalog(DrugMaster Master, InteractionTable Interactions, long Version, string? InteractionSource)
{
    /// <summary>The check engine over this catalog's interaction table.</summary>
    public MedicationChecker Checker { get; } = new(Interactions);
}
