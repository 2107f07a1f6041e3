using Tsunagu.Domain.Audit;

namespace Tsunagu.Storage;

/// <summary>A unit queued in a <see cref="GroupWriter"/>, run inside its own savepoint of the shared transaction.</summary>
internal abstract class PendingGroupWrite
{
    private const string Savepoint = "unit";

    /// <summary>Issued through kept commands: every unit of every batch runs them, and both engines take the same text.</summary>
    private const string SaveSql = "SAVEPOINT " + Savepoint;

    /// <summary>
    /// Releases the unit before and opens this unit's savepoint in one command (one round trip on PostgreSQL); the last
    /// unit's savepoint is released by the batch's commit.
    /// </summary>
    private const string NextSql = "RELEASE SAVEPOINT " + Savepoint + "; " + SaveSql;

    /// <summary>
    /// Runs the unit; its changes are rolled back to the savepoint when it throws (the exception goes to its caller alone)
    /// or does not keep them.
    /// </summary>
    /// <param name="first">Whether this is the batch's first unit (no savepoint before it to release).</param>
    public async Task RunAsync(WriteTransaction write, List<AuditEvent> audit, bool first)
    {
        await write.Kept(first ? SaveSql : NextSql).ExecuteNonQueryAsync();
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
    }

    /// <summary>Tells the caller the outcome once the batch committed.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);

    protected abstract Task<(bool Keep, IReadOnlyList<AuditEvent> Audit)> RunUnitAsync(WriteTransaction write);
}
