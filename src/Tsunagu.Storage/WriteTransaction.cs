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
    private bool released;

    /// <param name="ownsConnection">False when the connection outlives the transaction (SQLite's one writer connection).</param>
    /// <param name="kept">
    /// The connection's kept commands when it outlives the transaction; otherwise the transaction makes its own and
    /// disposes them at its end.
    /// </param>
    internal WriteTransaction(DbConnection connection, DbTransaction transaction, Action? release, bool ownsConnection = true, KeptCommands? kept = null)
    {
        Connection = connection;
        Transaction = transaction;
        this.release = release;
        this.ownsConnection = ownsConnection;
        this.kept = kept ?? new KeptCommands(connection, keep: false);
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    /// <summary>A command bound to this transaction.</summary>
    public DbCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>
    /// A command bound to this transaction, kept compiled with SQLite's writer connection so that statements every write
    /// runs (the audit chain's, the registration units') are compiled once. It belongs to the transaction: dispose its
    /// readers, never the command.
    /// </summary>
    public DbCommand Kept(string sql) => kept.Get(sql, Transaction);

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
}
