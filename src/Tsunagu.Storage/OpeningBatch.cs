using System.Data.Common;
using Tsunagu.Storage.Postgres;

namespace Tsunagu.Storage;

/// <summary>
/// Sends the <see cref="UnitOpening"/>s of a batch's units in one round trip (PostgreSQL): per unit a savepoint, then its
/// commands. When a command fails, PostgreSQL skips the rest: the failing unit's savepoint is rolled back and the unit
/// fails alone, the units before it keep what their openings did, and the units after it run their commands themselves.
/// A failure that names no command of a unit (or whose savepoint cannot be rolled back) fails the whole batch. The
/// commands go with numbered placeholders (<see cref="NumberedStatement"/>) where their text allows.
/// </summary>
internal static class OpeningBatch
{
    /// <summary>Runs the openings; returns the units still to run (all but one whose opening failed).</summary>
    public static async Task<IReadOnlyList<PendingGroupWrite>> RunAsync(WriteTransaction write, IReadOnlyList<PendingGroupWrite> batch)
    {
        var opened = batch.Where(p => p.Opening is not null).ToList();
        if (!write.HasRoundTrips || opened.Count < 2)
        {
            return batch;
        }

        await using var commands = write.Connection.CreateBatch();
        commands.Transaction = write.Transaction;
        var starts = opened.Select((p, unit) => Add(commands, write, p.Opening!, unit)).ToArray();
        try
        {
            await commands.ExecuteNonQueryAsync();
            Record(commands, opened, starts, opened.Count);
            return batch;
        }
        catch (DbException e) when (e.BatchCommand is { } failed && commands.BatchCommands.IndexOf(failed) is var at && at >= 0)
        {
            var unit = Array.FindLastIndex(starts, start => start <= at);
            await write.Transaction.RollbackAsync(Savepoint(unit));
            Record(commands, opened, starts, unit);
            opened[unit].Fail(e);
            return [.. batch.Where(p => p != opened[unit])];
        }
    }

    /// <summary>Adds the unit's savepoint and commands; returns where they start.</summary>
    private static int Add(DbBatch commands, WriteTransaction write, UnitOpening opening, int unit)
    {
        var start = commands.BatchCommands.Count;
        Append(commands, $"SAVEPOINT {Savepoint(unit)}");
        foreach (var command in opening.Commands(write))
        {
            if (NumberedStatement.Of(command.CommandText) is { } numbered)
            {
                numbered.MoveParameters(command.Parameters, Append(commands, numbered.Text).Parameters);
                continue;
            }

            var moved = Append(commands, command.CommandText);
            foreach (var parameter in command.Parameters.Cast<DbParameter>().ToList())
            {
                command.Parameters.Remove(parameter);
                moved.Parameters.Add(parameter);
            }
        }

        return start;
    }

    private static DbBatchCommand Append(DbBatch commands, string sql)
    {
        var command = commands.CreateBatchCommand();
        command.CommandText = sql;
        commands.BatchCommands.Add(command);
        return command;
    }

    /// <summary>Gives the first <paramref name="count"/> units the row counts of their commands.</summary>
    private static void Record(DbBatch commands, List<PendingGroupWrite> opened, int[] starts, int count)
    {
        for (var unit = 0; unit < count; unit++)
        {
            var end = unit + 1 < starts.Length ? starts[unit + 1] : commands.BatchCommands.Count;
            opened[unit].Opening!.RecordsAffected = [.. Enumerable.Range(starts[unit] + 1, end - starts[unit] - 1).Select(i => commands.BatchCommands[i].RecordsAffected)];
        }
    }

    private static string Savepoint(int unit) => $"o{unit}";
}
