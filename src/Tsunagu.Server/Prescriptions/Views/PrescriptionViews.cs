using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>Builds <see cref="PrescriptionView"/>s.</summary>
public static class PrescriptionViews
{
    /// <param name="caller">The facility asking: the 引換番号 is shown to the issuer only.</param>
    public static PrescriptionView From(StoredPrescription stored, string caller, DateOnly today)
    {
        var status = StatusView.Of(stored.Id, stored.State, today);
        return new PrescriptionView(
            stored.Id, status.IssueType, status.Status, status.StatusJa, caller == stored.FacilityCode ? stored.AccessCode : null, stored.FacilityCode,
            stored.State.Holder, status.UsesTotal, status.UsesLeft, status.Window, stored.Signer, stored.CreatedAt, stored.Content);
    }
}
