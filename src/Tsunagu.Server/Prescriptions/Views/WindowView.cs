using System.Globalization;
using Tsunagu.Domain.Prescriptions.Lifecycle;

namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>The days (yyyy-MM-dd, both inclusive) within which a pharmacy may receive the prescription for its next use.</summary>
public sealed record WindowView(string From, string To)
{
    /// <summary>The window of a prescription still waiting for a pharmacy; null once none may receive it any more.</summary>
    public static WindowView? Of(PrescriptionState state, DateOnly today) => state.StatusOn(today) == PrescriptionStatus.Registered
        ? new(state.Window.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), state.Window.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        : null;
}
