using Tsunagu.Domain;
using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions.Lifecycle;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Eligibility;
using Tsunagu.Server.People;
using Tsunagu.Server.Prescriptions.Views;
using Tsunagu.Storage;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// 処方箋受付 and 受付取消 (EPS-IF-301/303) by a pharmacy. Receiving takes the 引換番号 with the patient's insurance
/// identifiers and birthdate, and locks the prescription to the pharmacy in one conditional UPDATE, so of two pharmacies
/// racing exactly one wins. A wrong code and a wrong patient get the same 404, and a pharmacy that misses too often is
/// throttled (<see cref="ReceiveThrottle"/>).
/// </summary>
public sealed class PrescriptionReception(PatientResolver patients, GroupWriter writer, ReceiveThrottle throttle, UsageCounter usage, AuditTrail audit, TimeProvider clock)
{
    public const string ReceiveAction = "prescriptions.receive";
    public const string ReturnAction = "prescriptions.return";

    public async Task<(PrescriptionView? Prescription, IReadOnlyList<FieldError> Errors)> ReceiveAsync(ReceiveRequest request, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        if (throttle.IsThrottled(caller.Organization))
        {
            var throttled = new FieldError(RxRequestErrors.ReceiveThrottled, "accessCode", Detail: $"more than {ReceiveThrottle.MaxMisses} misses in {ReceiveThrottle.Window.TotalMinutes} minutes");
            return await RefusedAsync(caller, AuditOutcome.Denied, [throttled], cancellationToken);
        }

        var reader = new FieldReader();
        var code = reader.Text(request.AccessCode, "accessCode", AccessCodes.Length, required: true);
        if (code is not null && !AccessCodes.IsWellFormed(code))
        {
            reader.Add(InputErrors.BadFormat, "accessCode", "6 digits");
        }

        var (match, errors) = await patients.ResolveAsync(
            new PatientIdentifiers(request.InsurerNumber, request.InsuredCardSymbol, request.InsuredIdentificationNumber, request.InsuredBranchNumber, request.Birthdate), cancellationToken);
        reader.AddRange(errors);
        if (reader.HasErrors)
        {
            return await RefusedAsync(caller, AuditOutcome.Rejected, reader.Errors, cancellationToken);
        }

        var change = PatientResolver.Failure(match!) is null
            ? await writer.WriteAsync(write => ReceiveAsync(write, code!, match!.PersonId, caller), cancellationToken)
            : await MissAsync(caller, match!.Key.MemberId, cancellationToken);
        return Answer(change, caller);
    }

    /// <summary>受付取消 by the pharmacy holding it: back to waiting for a pharmacy, which may be another one.</summary>
    public async Task<(StatusView? Status, IReadOnlyList<FieldError> Errors)> ReturnAsync(string id, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var today = JapanTime.DateOf(clock.GetUtcNow());
        var change = await writer.WriteAsync(async write =>
        {
            var now = clock.GetUtcNow();
            var result = await PrescriptionTransitions.RunAsync(
                write, id, p => p.State.Holder == caller.Organization, s => s.HolderRefusal(today, caller.Organization), s => s.Returned(), now);
            var audited = RxEvents.Of(caller, now, result.Prescription?.PersonId, ReturnAction, result.Error is null ? AuditOutcome.Success : RxEvents.OutcomeOf(result.Error), result.Error?.Code ?? id);
            return new GroupWrite<StateChange>(result, result.Error is null, [audited]);
        }, cancellationToken);
        return change.Error is null ? (StatusView.Of(id, change.Prescription!.State, today), []) : (null, [change.AsError("id")]);
    }

    private async Task<GroupWrite<StateChange>> ReceiveAsync(WriteTransaction write, string code, long person, Caller caller)
    {
        var now = clock.GetUtcNow();
        var today = JapanTime.DateOf(now);
        if (await PrescriptionStore.ReceiveAsync(write, code, person, caller.Organization, today, now) is { } received)
        {
            usage.Count(caller.Role, caller.Organization, PrescriptionMetrics.Receive);
            return GroupWrite<StateChange>.Kept(StateChange.Done(received), RxEvents.Of(caller, now, person, ReceiveAction, AuditOutcome.Success, received.Id));
        }

        var found = await PrescriptionStore.FindByAccessCodeAsync(write, code, person);
        if (found is null)
        {
            return GroupWrite<StateChange>.Discarded(
                StateChange.Refused(PrescriptionErrors.NotFound), RxEvents.Of(caller, now, person, ReceiveAction, AuditOutcome.NotFound, PrescriptionErrors.NotFound.Code));
        }

        var refusal = found.State.ReceiveRefusal(today, caller.Organization);
        var change = refusal is null ? StateChange.Done(found) : StateChange.Refused(refusal, PrescriptionTransitions.Explain(refusal, found.State));
        var audited = RxEvents.Of(caller, now, person, ReceiveAction, refusal is null ? AuditOutcome.Success : AuditOutcome.Rejected, refusal?.Code ?? $"{found.Id} again");
        return GroupWrite<StateChange>.Discarded(change, audited);
    }

    /// <summary>
    /// A reception refused before any prescription was looked at — a throttled pharmacy, a malformed request — audited
    /// without a subject, so that guessing at 引換番号 leaves a trace in the trail and not only in the throttle's memory.
    /// </summary>
    private async Task<(PrescriptionView?, IReadOnlyList<FieldError>)> RefusedAsync(Caller caller, AuditOutcome outcome, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(RxEvents.Of(caller, clock.GetUtcNow(), null, ReceiveAction, outcome, errors[0].Error.Code), cancellationToken);
        return (null, errors);
    }

    /// <summary>Identifiers that match nobody, or several people: the same 404 as a wrong code, audited against the card named.</summary>
    private async Task<StateChange> MissAsync(Caller caller, string memberId, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(new AuditEvent(clock.GetUtcNow(), caller.Organization, caller.ClientId, null, memberId, ReceiveAction, AuditReason.Care, AuditOutcome.NotFound, PrescriptionErrors.NotFound.Code), cancellationToken);
        return StateChange.Refused(PrescriptionErrors.NotFound);
    }

    private (PrescriptionView?, IReadOnlyList<FieldError>) Answer(StateChange change, Caller caller)
    {
        if (change.Error is null)
        {
            return (PrescriptionViews.From(change.Prescription!, caller.Organization, JapanTime.DateOf(clock.GetUtcNow())), []);
        }

        if (change.Error == PrescriptionErrors.NotFound)
        {
            throttle.RecordMiss(caller.Organization);
        }

        return (null, [change.AsError("accessCode")]);
    }
}
