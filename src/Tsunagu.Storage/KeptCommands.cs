using System.Data.Common;

namespace Tsunagu.Storage;

/// <summary>
/// The commands one connection runs for a session or a write, disposed together by whoever holds them (their users
/// dispose only their readers). On SQLite they are kept by their SQL text: a kept command keeps its statement compiled,
/// so a statement run again is bound and stepped but not parsed and planned again. On PostgreSQL every use gets a new
/// command: the server keeps statements prepared already (auto-prepare), and an Npgsql command whose parameters were
/// cleared and added again ran with the first ones (duplicate keys under load).
/// </summary>
internal sealed class KeptCommands(DbConnection connection, bool keep)
{
    private readonly Dictionary<string, DbCommand> kept = new(StringComparer.Ordinal);
    private readonly List<DbCommand> made = [];

    /// <summary>A command for <paramref name="sql"/> with no parameters yet, in <paramref name="transaction"/>.</summary>
    public DbCommand Get(string sql, DbTransaction? transaction = null)
    {
        var command = keep ? Kept(sql) : Made(sql);
        command.Transaction = transaction;
        return command;
    }

    public void DisposeAll()
    {
        foreach (var command in made.Concat(kept.Values))
        {
            command.Dispose();
        }

        made.Clear();
        kept.Clear();
    }

    private DbCommand Kept(string sql)
    {
        if (!kept.TryGetValue(sql, out var command))
        {
            command = connection.Command(sql);
            kept.Add(sql, command);
        }

        command.Parameters.Clear();
        return command;
    }

    private DbCommand Made(string sql)
    {
        var command = connection.Command(sql);
        made.Add(command);
        return command;
    }
}
