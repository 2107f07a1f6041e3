using System.Data.Common;

namespace Tsunagu.Storage;

/// <summary>
/// A connection lent for the hot reads of one request, with its commands kept: on SQLite the session goes back to a pool
/// with its connection open and its statements prepared, so a repeated query is bound and stepped but not compiled again
/// (compiling was a tenth of an eligibility check's CPU). On PostgreSQL the server side already keeps prepared
/// statements (auto-prepare), so a session is a pooled connection whose commands end with it.
/// Commands from <see cref="Command"/> belong to the session: dispose their readers, never the commands.
/// </summary>
public sealed class ReadSession : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand>? kept;
    private readonly List<DbCommand> made = [];
    private readonly Action<ReadSession>? release;

    /// <param name="keepCommands">Keep each command for the next use of this session (SQLite's pooled sessions).</param>
    /// <param name="release">Gives the session back to its pool instead of closing it.</param>
    internal ReadSession(DbConnection connection, bool keepCommands, Action<ReadSession>? release)
    {
        Connection = connection;
        kept = keepCommands ? new Dictionary<string, DbCommand>(StringComparer.Ordinal) : null;
        this.release = release;
    }

    internal DbConnection Connection { get; }

    /// <summary>A command for <paramref name="sql"/> with no parameters yet: the same object each time on a kept session.</summary>
    public DbCommand Command(string sql)
    {
        if (kept is null)
        {
            var command = Connection.Command(sql);
            made.Add(command);
            return command;
        }

        if (!kept.TryGetValue(sql, out var cached))
        {
            cached = Connection.Command(sql);
            kept.Add(sql, cached);
        }

        cached.Parameters.Clear();
        return cached;
    }

    public ValueTask DisposeAsync()
    {
        if (release is not null)
        {
            release(this);
        }
        else
        {
            Close();
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Disposes the commands and closes the connection (back to the driver's pool).</summary>
    internal void Close()
    {
        foreach (var command in kept is null ? made : [.. made, .. kept.Values])
        {
            command.Dispose();
        }

        Connection.Dispose();
    }
}
