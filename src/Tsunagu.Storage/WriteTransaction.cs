using System.Data.Common;

namespace Tsunagu.Storage;

/// <summary>
/// A connection with its open transaction. Disposing without <see cref="CommitAsync"/> rolls back, so a rejected
/// request changes nothing.
/// </summary>
public sealed class WriteTransaction : IAsyncDisposable
{
    private readonly Action? release;
    private readonly bool ownsConnection;
    private readonly KeptCommands kept;
    private string? ahead;
    private bool released;

    /// <param name="ownsConnection">False when the connection outlives the transaction (SQLite's one writer connection).</param>
    /// <param name="kept">
    /// The connection's kept commands when it outlives the transaction; otherwise the transaction makes its own and
    /// disposes them at its end.
    /// </param>
    /// <param name="roundTrips">
    /// Whether every command is a round trip to a server (PostgreSQL), which <see cref="SendWithNextAsync"/> saves.
    /// </param>
    internal WriteTransaction(DbConnection connection, DbTransaction transaction, Action? release, bool ownsConnection = true, KeptCommands? kept = null, bool roundTrips = false)
    {
        Connection = connection;
        Transaction = transaction;
        this.release = release;
        this.ownsConnection = ownsConnection;
        this.kept = kept ?? new KeptCommands(connection, keep: false);
        HasRoundTrips = roundTrips;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    /// <summary>Whether every command is a round trip to a server (PostgreSQL), rather than a call into the process (SQLite).</summary>
    internal bool HasRoundTrips { get; }

    /// <summary>A command bound to this transaction.</summary>
    public DbCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = WithAhead(sql);
        return command;
    }

    /// <summary>
    /// A command bound to this transaction, kept compiled with SQLite's writer connection so that statements every write
    /// runs (the audit chain's, the registration units') are compiled once. It belongs to the transaction: dispose its
    /// readers, never the command.
    /// </summary>
    public DbCommand Kept(string sql) => kept.Get(WithAhead(sql), Transaction);

    /// <summary>
    /// <paramref name="select"/> made to lock the rows it reads until this write ends, for a write that decides on them:
    /// on PostgreSQL with <c>FOR UPDATE</c>, which waits for another write holding a row (another server instance's
    /// group writer) and then reads what that write committed; SQLite has one writer at a time, so its select is left
    /// as it is.
    /// </summary>
    public string ForUpdate(string select) => HasRoundTrips ? $"{select} FOR UPDATE" : select;

    /// <summary>Whether statements given to <see cref="SendWithNextAsync"/> wait, not sent yet, for the next command.</summary>
    internal bool HasUnsent => ahead is not null;

    /// <summary>
    /// Runs <paramref name="sql"/> — statements with neither parameters nor results — in front of the next command made on
    /// this transaction, in the same round trip; at once when the engine has no round trips to save. Meant for statements
    /// that matter only to the commands after them (savepoints): any still waiting at the end of the transaction are dropped.
    /// </summary>
    internal async ValueTask SendWithNextAsync(string sql)
    {
        if (HasRoundTrips)
        {
            ahead = ahead is null ? sql : $"{ahead}; {sql}";
            return;
        }

        await Kept(sql).ExecuteNonQueryAsync();
    }

    public Task CommitAsync(CancellationToken cancellationToken = default) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        if (ownsConnection)
        {
            kept.DisposeAll();
            await Connection.DisposeAsync();
        }

        if (!released)
        {
            released = true;
            release?.Invoke();
        }
    }

    /// <summary>The text to send for <paramref name="sql"/>: behind the statements waiting to go with it, if any.</summary>
    private string WithAhead(string sql)
    {
        if (ahead is null)
        {
            return sql;
        }

        var text = $"{ahead}; {sql}";
        ahead = null;
        return text;
    }
}
