using Tsunagu.Domain.Prescriptions.Lifecycle;

namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>
/// Where a prescription stands: status in English with the service's Japanese text (§4), uses left and the window of
/// the next use.
/// </summary>
public sealed record StatusView(string PrescriptionId, string IssueType, string Status, string StatusJa, int UsesTotal, int UsesLeft, WindowView? Window)
{
    public static StatusView Of(string id, PrescriptionState state, DateOnly today)
    {
        var status = state.StatusOn(today);
        return new(id, IssueTypes.Name(state.IssueType), PrescriptionStatuses.Name(status), PrescriptionStatuses.Japanese(status),
            state.UsesTotal, status == PrescriptionStatus.Expired ? 0 : state.UsesLeft, WindowView.Of(state, today));
    }
}
