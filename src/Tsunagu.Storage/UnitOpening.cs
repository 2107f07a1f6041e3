using System.Data.Common;

namespace Tsunagu.Storage;

/// <summary>
/// The commands a <see cref="GroupWriter"/> unit runs first, made by the writer when it forms a batch. On PostgreSQL the
/// writer sends the openings of a batch's units together, each behind a savepoint of its own, in one round trip, before
/// it runs the units in turn; a unit whose opening ran reads its row counts from <see cref="RecordsAffected"/> instead of
/// running those commands. Otherwise (SQLite, a unit alone in its batch, a unit after one whose opening failed)
/// <see cref="RecordsAffected"/> stays null and the unit runs its commands itself. An opening that ran is not inside the
/// unit's own savepoint: when the unit then fails or refuses, the writer rolls back what the unit did after it and runs
/// the opening's undo.
/// </summary>
/// <param name="commands">Makes the commands on the batch's transaction; their results are row counts only.</param>
/// <param name="undo">Removes what the commands stored, for a unit that fails or refuses after its opening ran.</param>
public sealed class UnitOpening(Func<WriteTransaction, IReadOnlyList<DbCommand>> commands, Func<WriteTransaction, Task> undo)
{
    /// <summary>How many rows each command affected, in order, when the writer ran them; null when it did not.</summary>
    public IReadOnlyList<int>? RecordsAffected { get; internal set; }

    internal IReadOnlyList<DbCommand> Commands(WriteTransaction write) => commands(write);

    /// <summary>Undoes the opening if it ran.</summary>
    internal Task UndoAsync(WriteTransaction write) => RecordsAffected is null ? Task.CompletedTask : undo(write);
}
