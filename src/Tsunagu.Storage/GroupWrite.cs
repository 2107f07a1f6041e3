using Tsunagu.Domain.Audit;

namespace Tsunagu.Storage;

/// <summary>
/// What one unit of a <see cref="GroupWriter"/> batch did: its result, whether its changes are kept, and the audit
/// events to append — appended even when the changes are not (a refused write is audited too).
/// </summary>
public sealed record GroupWrite<T>(T Result, bool Keep, IReadOnlyList<AuditEvent> Audit)
{
    public static GroupWrite<T> Kept(T result, params AuditEvent[] audit) => new(result, true, audit);

    public static GroupWrite<T> Discarded(T result, params AuditEvent[] audit) => new(result, false, audit);
}
