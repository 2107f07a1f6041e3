using Tsunagu.Domain.Drugs;

namespace Tsunagu.Domain.Prescriptions.Checks;

/// <summary>
/// One finding of the 重複投薬等チェック: which new drug, and the history entry it clashes with. A masked issue (for a
/// patient who has not consented to show their medication history) keeps only the type and the new drug.
/// </summary>
/// <param name="DrugIndex">The new drug's position in the checked list.</param>
/// <param name="With">The other drug with its facility and date; null when masked.</param>
public sealed record CheckIssue(CheckIssueType Type, int DrugIndex, ResolvedDrug Drug, MedicationHistoryEntry? With)
{
    public bool IsMasked => With is null;

    /// <summary>This issue saying only that a duplicate or contraindication exists: nothing about the other drug or facility.</summary>
    public CheckIssue Masked() => With is null ? this : this with { With = null };

    /// <summary>Every issue masked, one per new drug and type (how many entries it clashed with is not told either).</summary>
    public static IReadOnlyList<CheckIssue> Mask(IReadOnlyList<CheckIssue> issues) =>
        issues.Count == 0 ? issues : [.. issues.Select(i => i.Masked()).Distinct()];
}
