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
    private bool released;

    /// <param name="ownsConnection">False when the connection outlives the transaction (SQLite's one writer connection).</param>
    internal WriteTransaction(DbConnection connection, DbTransaction transaction, Action? release, bool ownsConnection = true)
    {
        Connection = connection;
        Transaction = transaction;
        this.release = release;
        this.ownsConnection = ownsConnection;
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

    public Task CommitAsync(CancellationToken cancellationToken = default) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        if (ownsConnection)
        {
            await Connection.DisposeAsync();
        }

        if (!released)
        {
            released = true;
            release?.Invoke();
        }
    }
}
