using Tsunagu.Domain.Audit;

namespace Tsunagu.Storage;

/// <summary>A unit queued in a <see cref="GroupWriter"/>, run inside its own savepoint of the shared transaction.</summary>
internal abstract class PendingGroupWrite
{
    /// <summary>
    /// Runs the unit; its changes are rolled back to its savepoint when it throws (the exception goes to its caller alone)
    /// or does not keep them.
    /// </summary>
    public async Task RunAsync(WriteTransaction write, UnitSavepoints savepoints, List<AuditEvent> audit)
    {
        await savepoints.OpenAsync();
        try
        {
            var (keep, events) = await RunUnitAsync(write);
            if (!keep)
            {
                await savepoints.RollBackAsync();
            }

            audit.AddRange(events);
        }
        catch (Exception exception)
        {
            await savepoints.RollBackAsync();
            Fail(exception);
        }
    }

    /// <summary>Tells the caller the outcome once the batch committed.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);

    protected abstract Task<(bool Keep, IReadOnlyList<AuditEvent> Audit)> RunUnitAsync(WriteTransaction write);
}
