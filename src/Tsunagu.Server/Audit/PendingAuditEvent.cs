using Tsunagu.Domain.Audit;

namespace Tsunagu.Server.Audit;

/// <summary>An event waiting in the audit queue, with the signal its caller waits on.</summary>
internal sealed class PendingAuditEvent(AuditEvent auditEvent)
{
    public AuditEvent Event { get; } = auditEvent;

    public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
