namespace Tsunagu.Storage;

/// <summary>
/// The savepoints that keep a <see cref="GroupWriter"/> batch's units apart. The statement that releases the last unit's
/// savepoint and opens the next goes with the unit's first command (one round trip on PostgreSQL instead of two); a unit
/// that runs no command leaves it unsent, and the next unit's savepoint is the one it opens. Units take the names
/// <c>a</c> and <c>b</c> in turn, so rolling back to the current name can never land on an earlier unit's savepoint: if
/// the current one was not opened after all (its command failed before reaching the database), the rollback finds no such
/// savepoint and the whole batch fails rather than undo a unit already told it was kept.
/// </summary>
internal sealed class UnitSavepoints(WriteTransaction write)
{
    private string? current;

    /// <summary>Opens the next unit's savepoint, with the next command.</summary>
    public async ValueTask OpenAsync()
    {
        if (write.HasUnsent)
        {
            return;
        }

        var next = current == "a" ? "b" : "a";
        await write.SendWithNextAsync(current is null ? $"SAVEPOINT {next}" : $"RELEASE SAVEPOINT {current}; SAVEPOINT {next}");
        current = next;
    }

    /// <summary>Undoes the current unit's changes; nothing when it ran no command.</summary>
    public Task RollBackAsync() => write.HasUnsent ? Task.CompletedTask : write.Transaction.RollbackAsync(current!);
}
