using Tsunagu.Storage.Postgres;
using Tsunagu.Storage.Sqlite;

namespace Tsunagu.Storage;

/// <summary>Chooses the engine: PostgreSQL when a connection string is given, else a SQLite file in the data folder.</summary>
public static class DatabaseFactory
{
    public const string SqliteFileName = "tsunagu.db";

    public static async Task<Database> OpenAsync(string? postgresConnectionString, string dataFolder, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(postgresConnectionString))
        {
            return new PostgresDatabase(postgresConnectionString);
        }

        Directory.CreateDirectory(dataFolder);
        var sqlite = new SqliteDatabase(System.IO.Path.Combine(dataFolder, SqliteFileName));
        await sqlite.InitializeAsync(cancellationToken);
        return sqlite;
    }
}
