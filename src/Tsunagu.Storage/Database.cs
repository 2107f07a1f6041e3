using System.Data.Common;

namespace Tsunagu.Storage;

/// <summary>
/// A database on one of the two engines. Reads open a pooled connection; writes go through <see cref="BeginWriteAsync(CancellationToken)"/>,
/// which the SQLite engine serializes in-process (SQLite has one writer at a time, and waiting on a lock is cheaper
/// than SQLite's busy-retry sleeps).
/// </summary>
public abstract class Database : IAsyncDisposable
{
    public abstract DatabaseEngine Engine { get; }

    /// <summary>"sqlite" or "postgresql", as reported by /healthz.</summary>
    public string EngineName => Engine == DatabaseEngine.Sqlite ? "sqlite" : "postgresql";

    public abstract SqlDialect Dialect { get; }

    /// <summary>Opens a connection for reading (and for writes that need no transaction).</summary>
    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>A session for a request's hot reads (see <see cref="ReadSession"/>): a pooled connection by default.</summary>
    public virtual async ValueTask<ReadSession> ReadAsync(CancellationToken cancellationToken = default) =>
        new(await OpenAsync(cancellationToken), keepCommands: false, release: null);

    /// <summary>Opens a connection and begins the one transaction a write runs in, flushed to disk at commit.</summary>
    public ValueTask<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken = default) =>
        BeginWriteAsync(WriteDurability.Flushed, cancellationToken);

    /// <summary>Opens a connection and begins the one transaction a write runs in, with the durability given.</summary>
    public abstract ValueTask<WriteTransaction> BeginWriteAsync(WriteDurability durability, CancellationToken cancellationToken = default);

    /// <summary>
    /// After a bulk load, brings the engine's own bookkeeping up to date, so that neither the first queries nor the
    /// requests served while the engine catches up in the background pay for it. SQLite has nothing to catch up on: it
    /// plans without statistics and keeps no visibility map.
    /// </summary>
    public virtual Task SettleAfterBulkLoadAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public abstract ValueTask DisposeAsync();
}
