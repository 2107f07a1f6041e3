using Tsunagu.Domain.Audit;

namespace Tsunagu.Storage;

/// <summary>A unit queued in a <see cref="GroupWriter"/>, run inside its own savepoint of the shared transaction.</summary>
internal abstract class PendingGroupWrite(UnitOpening? opening)
{
    /// <summary>What the unit runs first, which the writer may send with other units' openings; null when none.</summary>
    public UnitOpening? Opening => opening;

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
                await RollBackAsync(write, savepoints);
            }

            audit.AddRange(events);
        }
        catch (Exception exception)
        {
            await RollBackAsync(write, savepoints);
            Fail(exception);
        }
    }

    /// <summary>Undoes the unit: what it did in its savepoint, then its opening if that ran before.</summary>
    private async Task RollBackAsync(WriteTransaction write, UnitSavepoints savepoints)
    {
        await savepoints.RollBackAsync();
        if (Opening is not null)
        {
            await Opening.UndoAsync(write);
        }
    }

    /// <summary>Tells the caller the outcome once the batch committed.</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);

    protected abstract Task<(bool Keep, IReadOnlyList<AuditEvent> Audit)> RunUnitAsync(WriteTransaction write);
}
