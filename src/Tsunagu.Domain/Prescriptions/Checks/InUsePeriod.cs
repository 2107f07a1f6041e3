using Tsunagu.Domain.Drugs;

namespace Tsunagu.Domain.Prescriptions.Checks;

/// <summary>
/// While a history entry counts as in use: from its date for its days supply, or for 14 days where the duration
/// cannot be computed — 外用 and 頓服 (eprescription.md §6).
/// </summary>
public static class InUsePeriod
{
    /// <summary>The in-use period of 外用 and 頓服 drugs.</summary>
    public const int UncomputableDays = 14;

    public static int Days(MedicationHistoryEntry entry) =>
        entry.Form is DosageForm.AsNeeded or DosageForm.External || entry.Drug?.Ingredient.Route == AdministrationRoute.Topical || entry.DaysSupply <= 0
            ? UncomputableDays
            : entry.DaysSupply;

    /// <summary>The last day the entry is in use.</summary>
    public static DateOnly LastDay(MedicationHistoryEntry entry) => entry.Date.AddDays(Days(entry) - 1);

    public static bool Covers(MedicationHistoryEntry entry, DateOnly date) => date >= entry.Date && date <= LastDay(entry);
}
