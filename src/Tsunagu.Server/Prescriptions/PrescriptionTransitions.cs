using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions.Lifecycle;
using Tsunagu.Storage;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// One step of a prescription's lifecycle inside a group write: read it, refuse with 404 when the caller may not know it
/// exists, ask the domain rule, then apply the change with a conditional UPDATE that expects the state just read.
/// </summary>
public static class PrescriptionTransitions
{
    /// <param name="visible">Whether the caller may know the prescription (its issuer, or the pharmacy holding it).</param>
    /// <param name="refusal">The domain rule: why the step may not be taken, or null.</param>
    /// <param name="next">The state after the step.</param>
    public static async Task<StateChange> RunAsync(
        WriteTransaction write, string id, Func<StoredPrescription, bool> visible, Func<PrescriptionState, ErrorCode?> refusal,
        Func<PrescriptionState, PrescriptionState> next, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(visible);
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(next);
        var found = await PrescriptionStore.FindAsync(write, id);
        if (found is null || !visible(found))
        {
            return StateChange.Refused(PrescriptionErrors.NotFound);
        }

        if (refusal(found.State) is { } error)
        {
            return StateChange.Refused(error, Explain(error, found.State));
        }

        var after = next(found.State);
        return await PrescriptionStore.TransitionAsync(write, id, found.State, after, at)
            ? StateChange.Done(found with { State = after, AccessCode = after.IsLive ? found.AccessCode : null, UpdatedAt = at })
            : StateChange.Refused(PrescriptionErrors.Locked);
    }

    /// <summary>The detail a refusal needs: for a refill outside its window, the window of its next use.</summary>
    public static string? Explain(ErrorCode error, PrescriptionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return error == PrescriptionErrors.RefillWindow ? $"next use from {state.Window.From:yyyy-MM-dd} to {state.Window.To:yyyy-MM-dd}" : null;
    }
}
