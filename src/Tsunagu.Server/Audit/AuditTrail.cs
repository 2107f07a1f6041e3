using System.Threading.Channels;
using Tsunagu.Domain.Audit;
using Tsunagu.Storage;
using Tsunagu.Server.Hosting;
using Tsunagu.Storage.Audit;

namespace Tsunagu.Server.Audit;

/// <summary>
/// Records reads of personal data without making the audit trail the bottleneck: callers queue events and wait; one
/// writer takes everything queued so far and stores it in a single transaction (group commit), then releases all of
/// those callers at once. A caller is answered only after its record is committed, so no answered access goes unaudited
/// even if the server crashes; whether that commit also waits for the disk flush is TSUNAGU_AUDIT_READS_FLUSHED (ADR 0003).
/// Writes of personal data use <see cref="AppendAsync"/> inside their own, flushed, transaction instead.
/// </summary>
public sealed class AuditTrail(Database database, AuditAppender appender, TsunaguOptions options, ILogger<AuditTrail> logger) : BackgroundService
{
    private const int MaxBatch = 2_000;

    private readonly Channel<PendingAuditEvent> queue = Channel.CreateBounded<PendingAuditEvent>(
        new BoundedChannelOptions(100_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues an event and completes once it is stored.</summary>
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        var pending = new PendingAuditEvent(auditEvent);
        await queue.Writer.WriteAsync(pending, cancellationToken);
        await pending.Stored.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Appends inside a write transaction, as the last step before its commit (the chain head stays locked until then).</summary>
    public Task AppendAsync(WriteTransaction write, AuditEvent auditEvent, CancellationToken cancellationToken = default) =>
        appender.AppendAsync(write, [auditEvent], cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingAuditEvent>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await StoreAsync(batch);
            batch.Clear();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task StoreAsync(List<PendingAuditEvent> batch)
    {
        var events = batch.Select(p => p.Event).ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await appender.AppendAsync(events, options.AuditReadsFlushed ? WriteDurability.Flushed : WriteDurability.Committed);
                batch.ForEach(p => p.Stored.TrySetResult());
                return;
            }
            catch (Exception exception) when (attempt < 3 && exception is System.Data.Common.DbException)
            {
                logger.LogWarning(exception, "Audit batch of {Count} failed on attempt {Attempt} ({Engine}); retrying", batch.Count, attempt, database.EngineName);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Audit batch of {Count} could not be stored", batch.Count);
                batch.ForEach(p => p.Stored.TrySetException(exception));
                return;
            }
        }
    }
}
