using Tsunagu.Domain.Audit;

namespace Tsunagu.Storage.Audit;

/// <summary>
/// Appends events to one audit chain: in one write transaction it reads the chain's head, links each event to the one
/// before it, stores the records and moves the head. Several processes may share a chain; they take turns.
/// </summary>
public sealed class AuditAppender(Database database, string chain)
{
    public string Chain { get; } = chain;

    public async Task<IReadOnlyList<AuditRecord>> AppendAsync(
        IReadOnlyList<AuditEvent> events, WriteDurability durability = WriteDurability.Flushed, CancellationToken cancellationToken = default)
    {
        await using var write = await database.BeginWriteAsync(durability, cancellationToken);
        var records = await AppendAsync(write, events, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return records;
    }

    /// <summary>Appends inside the caller's write, so the audit records commit (or roll back) with the data they describe.</summary>
    public async Task<IReadOnlyList<AuditRecord>> AppendAsync(WriteTransaction write, IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken = default)
    {
        var head = await AuditStore.HeadForUpdateAsync(write, database.Engine, Chain, cancellationToken);
        var sequence = head.Sequence;
        var previous = head.Hash;
        var records = new List<AuditRecord>(events.Count);
        foreach (var auditEvent in events)
        {
            var record = AuditChain.Link(Chain, ++sequence, auditEvent, previous);
            records.Add(record);
            previous = record.Hash;
        }

        await AuditStore.AppendAsync(write, records, cancellationToken);
        return records;
    }
}
