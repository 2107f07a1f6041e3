using Tsunagu.Domain.Drugs;

namespace Tsunagu.Domain.Prescriptions.Checks;

/// <summary>
/// The 重複投薬等チェック, exactly as published (eprescription.md §6): a new drug is a duplicate of a history entry with
/// the same ingredient-and-route key, and a contraindication with one the interaction table marks 併用禁忌 (併用注意 is
/// not reported), while that entry is in use on the check date. Entries are skipped when uncoded, inpatient, or from
/// the calling facility (unless it opts in). Pure and allocation-free when nothing is found.
/// </summary>
public sealed class MedicationChecker(InteractionTable interactions)
{
    private const int StackLimit = 256;

    /// <summary>Every issue, new drug by new drug, each in history order.</summary>
    public IReadOnlyList<CheckIssue> Check(IReadOnlyList<ResolvedDrug> drugs, IReadOnlyList<MedicationHistoryEntry> history, CheckOptions options)
    {
        Span<bool> inUse = history.Count <= StackLimit ? stackalloc bool[history.Count] : new bool[history.Count];
        if (!MarkInUse(history, options, inUse))
        {
            return [];
        }

        List<CheckIssue>? issues = null;
        for (var d = 0; d < drugs.Count; d++)
        {
            var drug = drugs[d];
            var partners = interactions.ContraindicatedWith(drug.Ingredient);
            for (var h = 0; h < history.Count; h++)
            {
                if (!inUse[h])
                {
                    continue;
                }

                var other = history[h].Drug!.Ingredient;
                if (other.Equals(drug.Ingredient))
                {
                    (issues ??= []).Add(new CheckIssue(CheckIssueType.Duplicate, d, drug, history[h]));
                }

                if (partners.Count > 0 && partners.Contains(other))
                {
                    (issues ??= []).Add(new CheckIssue(CheckIssueType.Contraindication, d, drug, history[h]));
                }
            }
        }

        return issues ?? (IReadOnlyList<CheckIssue>)[];
    }

    /// <summary>Marks the entries compared on the check date; false when there are none.</summary>
    private static bool MarkInUse(IReadOnlyList<MedicationHistoryEntry> history, CheckOptions options, Span<bool> inUse)
    {
        var checkDate = options.CheckDate;
        var any = false;
        for (var h = 0; h < history.Count; h++)
        {
            var entry = history[h];
            inUse[h] = entry.Drug is not null
                && !entry.Inpatient
                && (options.IncludeOwnFacility || entry.FacilityCode != options.CallingFacility)
                && InUsePeriod.Covers(entry, checkDate);
            any |= inUse[h];
        }

        return any;
    }
}
