using Tsunagu.Cli.Tests.Support;
using Tsunagu.Storage.Migrations;
using Tsunagu.Testing;

namespace Tsunagu.Cli.Tests.Db;

public abstract class DbMigrateCommandTests(TestEngine engine) : CommandTests(engine)
{
    protected override bool StartMigrated => false;

    [Fact]
    public async Task Migrating_a_fresh_database_applies_every_migration_and_names_them()
    {
        var run = await RunAsync("db", "migrate");

        Assert.Equal(0, run.ExitCode);
        var names = string.Join(", ", SchemaMigrations.All.Select(m => $"{m.Version} {m.Name}"));
        Assert.Equal($"Applied {SchemaMigrations.All.Count} migration(s) to {Test.Database.EngineName}: {names}.", run.Output.Trim());
        Assert.Equal(SchemaMigrations.All.Count, await Test.CountAsync("schema_migrations"));
    }

    [Fact]
    public async Task Migrating_a_current_database_says_the_schema_is_current()
    {
        await RunAsync("db", "migrate");

        var run = await RunAsync("db", "migrate");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"The {Test.Database.EngineName} schema is current (version {SchemaMigrations.All[^1].Version}).", run.Output.Trim());
        Assert.Equal(SchemaMigrations.All.Count, await Test.CountAsync("schema_migrations"));
    }
}

public sealed class DbMigrateCommandOnSqlite() : DbMigrateCommandTests(TestEngine.Sqlite);

public sealed class DbMigrateCommandOnPostgres() : DbMigrateCommandTests(TestEngine.PostgreSql);
