using System.Threading.Channels;
using Tsunagu.Domain.Audit;
using Tsunagu.Storage.Audit;

namespace Tsunagu.Storage;

/// <summary>
/// Group commit for many small writes (prescriptions registered, received, dispensed): units queue, one loop runs
/// everything queued so far in one flushed transaction — each unit in its own savepoint, so a unit that fails or refuses
/// leaves the others alone — appends the batch's audit events last, commits once, then answers every caller. One disk
/// flush and one turn on the audit chain's head serve the whole batch, which is what lets SQLite (one writer, one fsync
/// per commit) and PostgreSQL (the audit head locked until commit) take a thousand writes a second. A caller is answered
/// only after its batch committed; when the commit fails, every unit of the batch fails with it. On PostgreSQL the
/// units' openings (<see cref="UnitOpening"/>) go first, all in one round trip (ADR 0009).
/// </summary>
public sealed class GroupWriter : IAsyncDisposable
{
    /// <summary>
    /// The most units in one batch. Each unit that writes is a subtransaction on PostgreSQL, and a backend keeps at most
    /// 64 of them in its shared cache (PGPROC_MAX_CACHED_SUBXIDS); past that, every other session's snapshot has to look
    /// them up in pg_subtrans until the batch ends. Batches under load are 4–30 units.
    /// </summary>
    private const int MaxBatch = 64;

    private readonly Database database;
    private readonly AuditAppender audit;
    private readonly Channel<PendingGroupWrite> queue = Channel.CreateUnbounded<PendingGroupWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    public GroupWriter(Database database, AuditAppender audit)
    {
        this.database = database;
        this.audit = audit;
        loop = Task.Run(RunAsync);
    }

    /// <summary>
    /// Queues <paramref name="unit"/> and completes with its result once its batch committed (or with its exception).
    /// The unit runs on the batch's transaction: it must not open another write, nor wait on a read audit.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<WriteTransaction, Task<GroupWrite<T>>> unit, CancellationToken cancellationToken = default) =>
        WriteAsync(null, unit, cancellationToken);

    /// <summary>
    /// Queues <paramref name="unit"/> with the commands it runs first, which the writer may send together with other
    /// units' in one round trip (<see cref="UnitOpening"/>); completes as the other overload does.
    /// </summary>
    public Task<T> WriteAsync<T>(UnitOpening? opening, Func<WriteTransaction, Task<GroupWrite<T>>> unit, CancellationToken cancellationToken = default)
    {
        var pending = new PendingGroupWrite<T>(unit, opening);
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(pending), this);
        return pending.Completion.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop;
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingGroupWrite>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingGroupWrite> batch)
    {
        try
        {
            await using var write = await database.BeginWriteAsync();
            var savepoints = new UnitSavepoints(write);
            var events = new List<AuditEvent>();
            foreach (var pending in await OpeningBatch.RunAsync(write, batch))
            {
                await pending.RunAsync(write, savepoints, events);
            }

            var records = events.Count > 0 ? await audit.AppendAsync(write, events) : [];
            await write.CommitAsync();
            audit.Committed(records);
        }
        catch (Exception exception)
        {
            batch.ForEach(p => p.Fail(exception));
        }

        batch.ForEach(p => p.Complete());
    }
}
