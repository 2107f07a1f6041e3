using System.Data.Common;
using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Tsunagu.Storage.Sqlite;

/// <summary>
/// The embedded engine. Durability settings, chosen so that an acknowledged write survives a crash of the process
/// or of the machine (docs/adr/0002-sqlite-durability.md):
/// WAL journal (readers never block the writer), synchronous=FULL (the WAL is fsynced at every commit; writes are
/// batched so that one fsync covers many of them; the audit records of reads may ask for synchronous=NORMAL, see
/// <see cref="WriteDurability"/>), a 5 s busy timeout for writers in other processes such as the CLI.
/// Writes go through one connection kept open for them, with a 128 MiB page cache (bulk loads touch indexes all over
/// the file; the cache cuts their CPU time by about 40 %); reads, the hot path, run on pooled connections with the default
/// cache and no per-open statements, and the hottest through <see cref="ReadAsync"/>, whose sessions keep their
/// connection open and their statements compiled. The writer checkpoints the WAL every <see cref="CheckpointPages"/> pages.
/// </summary>
public sealed class SqliteDatabase : Database
{
    private static readonly string WriterSetup = $"PRAGMA busy_timeout=5000; PRAGMA cache_size=-131072; PRAGMA wal_autocheckpoint={CheckpointPages};";

    /// <summary>
    /// The WAL is copied back into the database file once it holds this many pages (SQLite's default is 1,000). The
    /// commit that crosses the mark runs the checkpoint, and every write queued behind it waits for the copy and its
    /// fsync: alternating runs of signed registrations at 2,300 a second had a p99 of 25.9–27.4 ms at 300 pages,
    /// 29.9–31.2 ms at 1,000 and 44.6–48.2 ms at 3,000 (docs/benchmarks.md, stop 17).
    /// </summary>
    private const int CheckpointPages = 300;

    private const string FlushedWrite = "PRAGMA synchronous=FULL;";
    private const string CommittedWrite = "PRAGMA synchronous=NORMAL;";

    private readonly string connectionString;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly ConcurrentBag<ReadSession> idleSessions = [];
    private SqliteConnection? writer;
    private KeptCommands? writerCommands;
    private WriteDurability? writerDurability;
    private bool disposed;

    public SqliteDatabase(string path)
    {
        Path = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    public override DatabaseEngine Engine => DatabaseEngine.Sqlite;

    public override SqlDialect Dialect { get; } = new SqliteDialect();

    /// <summary>Creates the file if needed and switches it to WAL (a setting stored in the file itself).</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public override async ValueTask<ReadSession> ReadAsync(CancellationToken cancellationToken = default) =>
        idleSessions.TryTake(out var session) ? session : new ReadSession(await OpenAsync(cancellationToken), keepCommands: true, Release);

    public override async ValueTask<WriteTransaction> BeginWriteAsync(WriteDurability durability, CancellationToken cancellationToken = default)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            var connection = writer ??= await OpenWriterAsync(cancellationToken);
            writerCommands ??= new KeptCommands(connection, keep: true);
            await SetDurabilityAsync(durability, cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new WriteTransaction(connection, transaction, () => writeLock.Release(), ownsConnection: false, writerCommands);
        }
        catch
        {
            writeLock.Release();
            throw;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        disposed = true;
        writerCommands?.DisposeAll();
        if (writer is not null)
        {
            await writer.DisposeAsync();
        }

        while (idleSessions.TryTake(out var session))
        {
            session.Close();
        }

        SqliteConnection.ClearAllPools();
        writeLock.Dispose();
    }

    /// <summary>Keeps a finished session for the next read, or closes it once the database is disposed.</summary>
    private void Release(ReadSession session)
    {
        if (disposed)
        {
            session.Close();
            return;
        }

        idleSessions.Add(session);
    }

    /// <summary>Sets the writer's synchronous mode when the write asks for another one than the last write did.</summary>
    private async Task SetDurabilityAsync(WriteDurability durability, CancellationToken cancellationToken)
    {
        if (writerDurability == durability)
        {
            return;
        }

        await writerCommands!.Get(durability == WriteDurability.Flushed ? FlushedWrite : CommittedWrite).ExecuteNonQueryAsync(cancellationToken);
        writerDurability = durability;
    }

    private async Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var setup = connection.CreateCommand();
        setup.CommandText = WriterSetup;
        await setup.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
