using Tsunagu.Domain;
using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Errors;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Prescriptions.Views;
using Tsunagu.Storage;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// 処方箋取消 (EPS-IF-203/403) by the issuing facility, only before a pharmacy received it (an in-house order at any
/// time): its 引換番号 dies and its lines leave the medication history in the same write.
/// </summary>
public sealed class PrescriptionCancellation(GroupWriter writer, TimeProvider clock)
{
    public const string Action = "prescriptions.cancel";

    public async Task<(StatusView? Status, IReadOnlyList<FieldError> Errors)> CancelAsync(string id, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var change = await writer.WriteAsync(async write =>
        {
            var now = clock.GetUtcNow();
            var result = await PrescriptionTransitions.RunAsync(write, id, p => p.FacilityCode == caller.Organization, s => s.CancelRefusal(), s => s.Cancelled(), now);
            if (result.Prescription is { } cancelled)
            {
                await MedicationHistoryStore.DeletePrescriptionAsync(write, cancelled.PersonId, id);
            }

            var audited = RxEvents.Of(caller, now, result.Prescription?.PersonId, Action, result.Error is null ? AuditOutcome.Success : RxEvents.OutcomeOf(result.Error), result.Error?.Code ?? id);
            return new GroupWrite<StateChange>(result, result.Error is null, [audited]);
        }, cancellationToken);
        return change.Error is null
            ? (StatusView.Of(id, change.Prescription!.State, JapanTime.DateOf(clock.GetUtcNow())), [])
            : (null, [change.AsError("id")]);
    }
}
