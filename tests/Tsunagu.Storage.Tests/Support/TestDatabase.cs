using Tsunagu.Storage.Migrations;
using Tsunagu.Testing;

namespace Tsunagu.Storage.Tests.Support;

/// <summary>A fresh, migrated database on one engine: a SQLite file in a temp folder, or a throw-away PostgreSQL database.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly TempFolder folder;
    private readonly string? postgres;

    private TestDatabase(Database database, TempFolder folder, string? postgres)
    {
        Database = database;
        this.folder = folder;
        this.postgres = postgres;
    }

    public Database Database { get; }

    /// <summary>Why the engine cannot be used here (a test skips with it), or null.</summary>
    public static string? UnavailableReason(TestEngine engine) => engine == TestEngine.PostgreSql ? Tsunagu.Testing.PostgresServer.UnavailableReason : null;

    public static async Task<TestDatabase> CreateAsync(TestEngine engine)
    {
        var folder = new TempFolder();
        var postgres = engine == TestEngine.PostgreSql ? await Tsunagu.Testing.PostgresServer.CreateDatabaseAsync() : null;
        var database = await DatabaseFactory.OpenAsync(postgres, folder.Path);
        await new MigrationRunner(database, TimeProvider.System).MigrateAsync();
        return new TestDatabase(database, folder, postgres);
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (postgres is not null)
        {
            await Tsunagu.Testing.PostgresServer.DropDatabaseAsync(postgres);
        }

        folder.Dispose();
    }
}
