using System.Data.Common;

namespace Tsunagu.Storage;

/// <summary>
/// Commands kept by their SQL text on one connection: on SQLite a kept command keeps its statement compiled, so a
/// statement run again is bound and stepped but not parsed and planned again. Whoever holds the commands disposes them,
/// never their users (who dispose only their readers).
/// </summary>
internal sealed class KeptCommands(DbConnection connection)
{
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/>, its parameters cleared: the same object each time.</summary>
    public DbCommand Get(string sql, DbTransaction? transaction = null)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.Command(sql);
            commands.Add(sql, command);
        }

        command.Parameters.Clear();
        command.Transaction = transaction;
        return command;
    }

    public void DisposeAll()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
    }
}
