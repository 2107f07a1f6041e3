using Tsunagu.Domain.Audit;
using Tsunagu.Server.Auth;

namespace Tsunagu.Server.Prescriptions;

/// <summary>Audit events of the prescription service, by the calling facility about one patient (or none yet known).</summary>
public static class RxEvents
{
    public static AuditEvent Of(Caller caller, DateTimeOffset at, long? person, string action, AuditOutcome outcome, string? detail, AuditReason reason = AuditReason.Care)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new AuditEvent(at, caller.Organization, caller.ClientId, person, null, action, reason, outcome, detail);
    }

    /// <summary>The outcome a refusal is audited with: not found for a 404, rejected otherwise.</summary>
    public static AuditOutcome OutcomeOf(Domain.Errors.ErrorCode error) =>
        error.Kind == Domain.Errors.ErrorKind.NotFound ? AuditOutcome.NotFound : AuditOutcome.Rejected;
}
