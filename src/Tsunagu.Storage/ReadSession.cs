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
    private readonly KeptCommands commands;
    private readonly Action<ReadSession>? release;

    /// <param name="keepCommands">Keep each command compiled for the next use (SQLite's pooled sessions).</param>
    /// <param name="release">Gives the session back to its pool, commands and all, instead of closing it.</param>
    internal ReadSession(DbConnection connection, bool keepCommands, Action<ReadSession>? release)
    {
        Connection = connection;
        commands = new KeptCommands(connection, keepCommands);
        this.release = release;
    }

    internal DbConnection Connection { get; }

    /// <summary>A command for <paramref name="sql"/> with no parameters yet: on a kept session, the same object each time.</summary>
    public DbCommand Command(string sql) => commands.Get(sql);

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
        commands.DisposeAll();
        Connection.Dispose();
    }
}
