using Tsunagu.Domain.Audit;

namespace Tsunagu.Storage.Audit;

/// <summary>
/// Appends events to one audit chain: in one write transaction it reads the chain's head, links each event to the one
/// before it, stores the records and moves the head. Several processes may share a chain; they take turns.
/// It remembers the head its own last append committed (or a caller's write, see <see cref="Committed"/>): on PostgreSQL
/// the next append first tries to go after that head in a single statement, which stores nothing when another writer
/// has moved the head since (then it reads the head as above) — the head's hash is part of the condition, so a
/// remembered head that never committed cannot match.
/// </summary>
public sealed class AuditAppender(Database database, string chain)
{
    private AuditChainHead? committedHead;

    public string Chain { get; } = chain;

    public async Task<IReadOnlyList<AuditRecord>> AppendAsync(
        IReadOnlyList<AuditEvent> events, WriteDurability durability = WriteDurability.Flushed, CancellationToken cancellationToken = default)
    {
        if (await AfterRememberedHeadAsync(events, (head, linked) => AuditStore.TryAppendAfterAsync(database, head, linked, durability, cancellationToken)) is { } appended)
        {
            Committed(appended);
            return appended;
        }

        await using var write = await database.BeginWriteAsync(durability, cancellationToken);
        var records = await AppendLockedAsync(write, events, cancellationToken);
        await write.CommitAsync(cancellationToken);
        Committed(records);
        return records;
    }

    /// <summary>
    /// Appends inside the caller's write, so the audit records commit (or roll back) with the data they describe. The
    /// remembered head is forgotten until the caller tells that the write committed (<see cref="Committed"/>).
    /// </summary>
    public async Task<IReadOnlyList<AuditRecord>> AppendAsync(WriteTransaction write, IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken = default) =>
        await AfterRememberedHeadAsync(events, (head, linked) => AuditStore.TryAppendAfterAsync(write, head, linked, cancellationToken))
        ?? await AppendLockedAsync(write, events, cancellationToken);

    /// <summary>Tells the appender that the write holding <paramref name="records"/> (its last append) committed.</summary>
    public void Committed(IReadOnlyList<AuditRecord> records)
    {
        if (records.Count > 0)
        {
            Volatile.Write(ref committedHead, new AuditChainHead(Chain, records[^1].Sequence, records[^1].Hash));
        }
    }

    /// <summary>
    /// Takes (and forgets) the remembered head and tries <paramref name="tryAppend"/> with the events linked after it
    /// without reading the head first — PostgreSQL only, where that read is a round trip. The linked records when it
    /// stored them; null when there was no head to try or the head had moved. Whoever commits tells <see cref="Committed"/>.
    /// </summary>
    private async Task<List<AuditRecord>?> AfterRememberedHeadAsync(IReadOnlyList<AuditEvent> events, Func<AuditChainHead, List<AuditRecord>, Task<bool>> tryAppend)
    {
        if (events.Count == 0 || database.Engine != DatabaseEngine.PostgreSql || Interlocked.Exchange(ref committedHead, null) is not { } head)
        {
            return null;
        }

        var linked = Link(head, events);
        return await tryAppend(head, linked) ? linked : null;
    }

    private async Task<IReadOnlyList<AuditRecord>> AppendLockedAsync(WriteTransaction write, IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
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
}
