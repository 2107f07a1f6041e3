using Tsunagu.Storage.Schema;

namespace Tsunagu.Storage.Migrations;

/// <summary>
/// Applies the migrations that a database lacks, in version order, all in one transaction, and records them in
/// schema_migrations. On PostgreSQL an advisory lock keeps two starting instances from migrating at once.
/// </summary>
public sealed class MigrationRunner(Database database, TimeProvider clock)
{
    private const long PostgresLockKey = 0x7473756e616775; // "tsunagu"

    /// <summary>Applies what is missing; returns the migrations applied now (empty when the schema was current).</summary>
    public async Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        if (database.Engine == DatabaseEngine.PostgreSql)
        {
            await write.Command($"SELECT pg_advisory_xact_lock({PostgresLockKey})").ExecuteNonQueryAsync(cancellationToken);
        }

        await write.Command("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)")
            .ExecuteNonQueryAsync(cancellationToken);
        var applied = await AppliedVersionsAsync(write, cancellationToken);
        var pending = SchemaMigrations.All.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version).ToList();
        foreach (var migration in pending)
        {
            await ApplyAsync(write, migration, cancellationToken);
        }

        await write.CommitAsync(cancellationToken);
        return pending;
    }

    /// <summary>The versions already applied, for `tsunagu db status`.</summary>
    public async Task<IReadOnlySet<int>> AppliedVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var exists = connection.Command(database.Engine == DatabaseEngine.Sqlite
            ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
            : "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'");
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return new HashSet<int>();
        }

        await using var command = connection.Command("SELECT version FROM schema_migrations");
        return await ReadVersionsAsync(command, cancellationToken);
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(WriteTransaction write, CancellationToken cancellationToken)
    {
        await using var command = write.Command("SELECT version FROM schema_migrations");
        return await ReadVersionsAsync(command, cancellationToken);
    }

    private static async Task<HashSet<int>> ReadVersionsAsync(System.Data.Common.DbCommand command, CancellationToken cancellationToken)
    {
        var versions = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private async Task ApplyAsync(WriteTransaction write, Migration migration, CancellationToken cancellationToken)
    {
        foreach (var statement in migration.Steps.SelectMany(step => step.Render(database.Dialect)))
        {
            await using var command = write.Command(statement);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var record = write.Command("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)")
            .With("version", migration.Version).With("name", migration.Name).With("at", clock.GetUtcNow());
        await record.ExecuteNonQueryAsync(cancellationToken);
    }
}
