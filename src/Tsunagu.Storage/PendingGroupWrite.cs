using Tsunagu.Domain.Audit;

namespace Tsunagu.Storage;

/// <summary>A unit queued in a <see cref="GroupWriter"/>, run inside its own savepoint of the shared transaction.</summary>
internal abstract class PendingGroupWrite
{
    private const string Savepoint = "unit";

    /// <summary>Issued through kept commands: every unit of every batch runs them, and both engines take the same text.</summary>
    private const string SaveSql = "SAVEPOINT " + Savepoint;

    private const string ReleaseSql = "RELEASE SAVEPOINT " + Savepoint;

    /// <summary>
    /// Runs the unit; its changes are rolled back to the savepoint when it throws (the exception goes to its caller alone)
    /// or does not keep them.
    /// </summary>
    public async Task RunAsync(WriteTransaction write, List<AuditEvent> audit)
    {
        await write.Kept(SaveSql).ExecuteNonQueryAsync();
        try
        {
            var (keep, events) = await RunUnitAsync(write);
            if (!keep)
            {
                await write.Transaction.RollbackAsync(Savepoint);
            }

            audit.AddRange(events);
        }
        catch (Exception exception)
        {
            await write.Transaction.RollbackAsync(Savepoint);
            Fail(exception);
        }

        await write.Kept(ReleaseSql).ExecuteNonQueryAsync();
    }

    /// <summary>Tells the caller the outcome once the batch committed.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);

    protected abstract Task<(bool Keep, IReadOnlyList<AuditEvent> Audit)> RunUnitAsync(WriteTransaction write);
}
