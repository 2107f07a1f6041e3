using Tsunagu.Storage;
using Tsunagu.Storage.Migrations;
using Tsunagu.Storage.Schema;

namespace Tsunagu.Testing;

/// <summary>
/// A throw-away database on one engine, opened: a SQLite file in a fresh data folder, or a fresh database on the
/// test PostgreSQL server (with a data folder beside it). Disposing closes it, drops the PostgreSQL database and
/// deletes the folder.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(TempFolder dataFolder, string? connectionString, Database database)
    {
        DataFolder = dataFolder;
        ConnectionString = connectionString;
        Database = database;
    }

    /// <summary>The data folder; on SQLite it holds the database file.</summary>
    public TempFolder DataFolder { get; }

    /// <summary>The PostgreSQL connection string, or null on SQLite.</summary>
    public string? ConnectionString { get; }

    public Database Database { get; }

    /// <summary>Why <paramref name="engine"/> cannot be tested here, or null when it can.</summary>
    public static string? UnavailableReason(TestEngine engine) => engine == TestEngine.PostgreSql ? PostgresServer.UnavailableReason : null;

    public static async Task<TestDatabase> CreateAsync(TestEngine engine)
    {
        var folder = new TempFolder();
        var connectionString = engine == TestEngine.PostgreSql ? await PostgresServer.CreateDatabaseAsync() : null;
        return new TestDatabase(folder, connectionString, await DatabaseFactory.OpenAsync(connectionString, folder.Path));
    }

    /// <summary>Another handle on the same database, as a second server instance or a CLI process would open it; the caller disposes it.</summary>
    public Task<Database> OpenAnotherAsync() => DatabaseFactory.OpenAsync(ConnectionString, DataFolder.Path);

    /// <summary>
    /// Returns once <paramref name="writer"/> waits for a lock the test holds (PostgreSQL lists it in pg_locks), or has
    /// finished. On SQLite a second writer waits in BEGIN IMMEDIATE, before it reads anything, so there is nothing to wait for.
    /// pg_locks is read through another handle on the database, so the test never holds two connections of one pool at once.
    /// </summary>
    public async Task UntilBlockedOrDoneAsync(Task writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (Database.Engine != DatabaseEngine.PostgreSql)
        {
            return;
        }

        await using var observer = await OpenAnotherAsync();
        while (!writer.IsCompleted && await ScalarAsync(observer, "SELECT count(*) FROM pg_locks WHERE NOT granted") == 0)
        {
            await Task.Delay(10);
        }
    }

    public Task<IReadOnlyList<Migration>> MigrateAsync() => new MigrationRunner(Database, TimeProvider.System).MigrateAsync();

    /// <summary>Runs SQL behind the application's back, as an operator or a tamperer would; returns the rows affected.</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.Command(sql);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>A number read with SQL, such as a count.</summary>
    public Task<long> ScalarAsync(string sql) => ScalarAsync(Database, sql);

    /// <summary>A number read with SQL through <paramref name="database"/>, such as another instance opened on the same data.</summary>
    public static async Task<long> ScalarAsync(Database database, string sql)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenAsync();
        await using var command = connection.Command(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>How many rows <paramref name="table"/> holds.</summary>
    public Task<long> CountAsync(string table) => ScalarAsync($"SELECT count(*) FROM {table}");

    /// <summary>The rows a query returns, each as its columns' text joined by '|', for comparing whole tables.</summary>
    public async Task<IReadOnlyList<string>> RowsAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.Command(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (ConnectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }

        DataFolder.Dispose();
    }
}
