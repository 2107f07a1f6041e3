using Npgsql;

namespace Tsunagu.Testing;

/// <summary>
/// The PostgreSQL server the test script starts (TSUNAGU_TEST_PG, a connection string with rights to create
/// databases). Each fixture gets a throw-away database of its own. Without the variable the PostgreSQL tests skip
/// with the reason printed — unless TSUNAGU_TEST_REQUIRE_PG=1 (set by the test script), when they fail.
/// </summary>
public static class PostgresServer
{
    public static string? AdminConnectionString { get; } = Environment.GetEnvironmentVariable("TSUNAGU_TEST_PG") is { Length: > 0 } value ? value : null;

    public static bool Required => Environment.GetEnvironmentVariable("TSUNAGU_TEST_REQUIRE_PG") == "1";

    /// <summary>
    /// Why PostgreSQL tests cannot run here, or null when they can. Fixtures keep the reason and tests skip with it
    /// (a fixture cannot skip); when the test script requires PostgreSQL its absence is an error instead.
    /// </summary>
    public static string? UnavailableReason => AdminConnectionString is not null
        ? null
        : Required
            ? throw new InvalidOperationException("TSUNAGU_TEST_REQUIRE_PG=1 but TSUNAGU_TEST_PG is not set.")
            : "PostgreSQL is not configured (TSUNAGU_TEST_PG); run ./scripts/test.sh to test both engines.";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"tsunagu_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
