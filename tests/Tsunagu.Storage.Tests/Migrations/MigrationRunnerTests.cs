using Tsunagu.Storage.Migrations;
using Tsunagu.Testing;

namespace Tsunagu.Storage.Tests.Migrations;

public abstract class MigrationRunnerTests(TestEngine engine) : DatabaseTests(engine)
{
    private static readonly string[] FoundationTables = ["organizations", "clients", "id_blocks", "coverages", "consents", "audit_log", "audit_heads"];

    protected override bool StartMigrated => false;

    [Fact]
    public async Task A_fresh_database_gets_every_migration_and_a_schema_migrations_row_for_each()
    {
        var applied = await Test.MigrateAsync();

        Assert.Equal(SchemaMigrations.All.Select(m => m.Version), applied.Select(m => m.Version));
        Assert.Equal(SchemaMigrations.All.Count, await Test.CountAsync("schema_migrations"));
        foreach (var migration in SchemaMigrations.All)
        {
            Assert.Equal(1, await Test.ScalarAsync($"SELECT count(*) FROM schema_migrations WHERE version = {migration.Version} AND name = '{migration.Name}' AND applied_at > 0"));
        }

        Assert.Equal(SchemaMigrations.All.Select(m => m.Version).ToHashSet(), await new MigrationRunner(Test.Database, TimeProvider.System).AppliedVersionsAsync());
        foreach (var table in FoundationTables)
        {
            Assert.Equal(0, await Test.CountAsync(table));
        }
    }

    [Fact]
    public async Task A_database_never_migrated_has_no_applied_versions()
    {
        Assert.Empty(await new MigrationRunner(Test.Database, TimeProvider.System).AppliedVersionsAsync());
    }

    [Fact]
    public async Task Migrating_a_current_database_applies_nothing()
    {
        await Test.MigrateAsync();

        var again = await Test.MigrateAsync();

        Assert.Empty(again);
        Assert.Equal(SchemaMigrations.All.Count, await Test.CountAsync("schema_migrations"));
    }

    [Fact]
    public async Task Two_instances_migrating_a_fresh_database_at_once_both_finish_and_the_schema_is_applied_once()
    {
        await using var first = await Test.OpenAnotherAsync();
        await using var second = await Test.OpenAnotherAsync();

        var applied = await Task.WhenAll(
            Task.Run(() => new MigrationRunner(first, TimeProvider.System).MigrateAsync()),
            Task.Run(() => new MigrationRunner(second, TimeProvider.System).MigrateAsync()));

        Assert.Equal(SchemaMigrations.All.Count, applied.Sum(a => a.Count));
        Assert.Contains(applied, a => a.Count == 0);
        Assert.Equal(SchemaMigrations.All.Count, await Test.CountAsync("schema_migrations"));
    }
}

public sealed class MigrationRunnerOnSqlite() : MigrationRunnerTests(TestEngine.Sqlite);

public sealed class MigrationRunnerOnPostgres() : MigrationRunnerTests(TestEngine.PostgreSql);
