using Tsunagu.Domain.Audit;

namespace Tsunagu.Storage.Audit;

/// <summary>
/// Appends events to one audit chain: in one write transaction it reads the chain's head, links each event to the one
/// before it, stores the records and moves the head. Several processes may share a chain; they take turns.
/// It remembers the head its own last append committed: on PostgreSQL the next append first tries to go after that head
/// in a single statement, which stores nothing when another writer has moved the head since (then it takes the
/// transaction above) — the head's hash is part of the condition, so a remembered head that never committed cannot match.
/// </summary>
public sealed class AuditAppender(Database database, string chain)
{
    private AuditChainHead? committedHead;

    public string Chain { get; } = chain;

    public async Task<IReadOnlyList<AuditRecord>> AppendAsync(
        IReadOnlyList<AuditEvent> events, WriteDurability durability = WriteDurability.Flushed, CancellationToken cancellationToken = default)
    {
        if (events.Count > 0 && database.Engine == DatabaseEngine.PostgreSql && Volatile.Read(ref committedHead) is { } head)
        {
            var linked = Link(head, events);
            if (await AuditStore.TryAppendAfterAsync(database, head, linked, durability, cancellationToken))
            {
                Remember(linked);
                return linked;
            }
        }

        await using var write = await database.BeginWriteAsync(durability, cancellationToken);
        var records = await AppendAsync(write, events, cancellationToken);
        await write.CommitAsync(cancellationToken);
        Remember(records);
        return records;
    }

    /// <summary>
    /// Appends inside the caller's write, so the audit records commit (or roll back) with the data they describe. The
    /// remembered head is forgotten: whether this write commits is the caller's.
    /// </summary>
    public async Task<IReadOnlyList<AuditRecord>> AppendAsync(WriteTransaction write, IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken = default)
    {
        Volatile.Write(ref committedHead, null);
        var head = await AuditStore.HeadForUpdateAsync(write, database.Engine, Chain, cancellationToken);
        var records = Link(head, events);
        await AuditStore.AppendAsync(write, records, cancellationToken);
        return records;
    }

    private List<AuditRecord> Link(AuditChainHead head, IReadOnlyList<AuditEvent> events)
    {
        var sequence = head.Sequence;
        var previous = head.Hash;
        var records = new List<AuditRecord>(events.Count);
        foreach (var auditEvent in events)
        {
            var record = AuditChain.Link(Chain, ++sequence, auditEvent, previous);
            records.Add(record);
            previous = record.Hash;
        }

        return records;
    }

    private void Remember(IReadOnlyList<AuditRecord> records)
    {
        if (records.Count > 0)
        {
            Volatile.Write(ref committedHead, new AuditChainHead(Chain, records[^1].Sequence, records[^1].Hash));
        }
    }
}
