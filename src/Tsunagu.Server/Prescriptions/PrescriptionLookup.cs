using Tsunagu.Domain;
using Tsunagu.Domain.Audit;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Prescriptions.Views;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// A registered prescription in full, for its issuing facility or the pharmacy holding it (or that dispensed it). To
/// anyone else it does not exist: the same 404 as an unknown id. Every read is audited.
/// </summary>
public sealed class PrescriptionLookup(PrescriptionStore store, AuditTrail audit, TimeProvider clock)
{
    public const string Action = "prescriptions.read";

    public async Task<PrescriptionView?> FindAsync(string id, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var found = await store.FindAsync(id, cancellationToken);
        var visible = found is not null && (found.FacilityCode == caller.Organization || found.State.Holder == caller.Organization);
        var now = clock.GetUtcNow();
        await audit.RecordAsync(RxEvents.Of(caller, now, visible ? found!.PersonId : null, Action, visible ? AuditOutcome.Success : AuditOutcome.NotFound, id), cancellationToken);
        return visible ? PrescriptionViews.From(found!, caller.Organization, JapanTime.DateOf(now)) : null;
    }
}
