using Tsunagu.Domain.Prescriptions.Checks;

namespace Tsunagu.Domain.Prescriptions.Lifecycle;

/// <summary>
/// When a prescription may be used (eprescription.md §5): within 4 days counting the 交付年月日 as day 1, or until the
/// 使用期限 the prescriber wrote when that is later; a リフィル処方箋's later uses within ±7 days of the day the previous
/// supply runs out (its 調剤年月日 + days supplied).
/// </summary>
public static class PrescriptionTerms
{
    /// <summary>Days a prescription is valid, the 交付年月日 included.</summary>
    public const int StatutoryDays = 4;

    /// <summary>How many days before or after its scheduled date a refill's later use may be received.</summary>
    public const int RefillToleranceDays = 7;

    /// <summary>The last day a pharmacy may receive the prescription (its first use).</summary>
    public static DateOnly LastDay(Prescription prescription)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        var statutory = prescription.IssueDate.AddDays(StatutoryDays - 1);
        return prescription.ExpiryDate is { } stated && stated > statutory ? stated : statutory;
    }

    /// <summary>The window of the first use: from the 交付年月日 through <see cref="LastDay"/>.</summary>
    public static UseWindow FirstWindow(Prescription prescription) => new(prescription.IssueDate, LastDay(prescription));

    /// <summary>The window of a refill's next use, around the day the supply dispensed on <paramref name="dispensedOn"/> runs out.</summary>
    public static UseWindow NextWindow(DateOnly dispensedOn, int daysSupplied)
    {
        var scheduled = dispensedOn.AddDays(daysSupplied);
        return new UseWindow(scheduled.AddDays(-RefillToleranceDays), scheduled.AddDays(RefillToleranceDays));
    }

    /// <summary>
    /// The days one use supplies: the longest 調剤数量 of the RPs counted in days (内服, 内服滴剤); where none is, the
    /// 14 days the check assumes for 外用 and 頓服.
    /// </summary>
    public static int DaysSupplied(IReadOnlyList<Rp> rps)
    {
        ArgumentNullException.ThrowIfNull(rps);
        var days = 0m;
        foreach (var rp in rps)
        {
            if (rp.QuantityIsDays && rp.Quantity > days)
            {
                days = rp.Quantity;
            }
        }

        return days > 0 ? (int)Math.Ceiling(days) : InUsePeriod.UncomputableDays;
    }
}
