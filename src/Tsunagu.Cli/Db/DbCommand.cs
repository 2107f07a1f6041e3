using System.CommandLine;
using Tsunagu.Cli.Hosting;
using Tsunagu.Storage;
using Tsunagu.Storage.Migrations;

namespace Tsunagu.Cli.Db;

/// <summary><c>tsunagu db migrate</c>: applies the schema migrations the database lacks (the server also does this at start).</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply pending schema migrations to the configured database (--db or TSUNAGU_DB, else the SQLite file in the data folder).");
        migrate.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = CliServices.ReadOptions(parseResult);
            await using var database = await DatabaseFactory.OpenAsync(options.Database, options.DataFolder, cancellationToken);
            var applied = await new MigrationRunner(database, TimeProvider.System).MigrateAsync(cancellationToken);
            var output = parseResult.Out();
            output.WriteLine(applied.Count == 0
                ? $"The {database.EngineName} schema is current (version {SchemaMigrations.All[^1].Version})."
                : $"Applied {applied.Count} migration(s) to {database.EngineName}: {string.Join(", ", applied.Select(m => $"{m.Version} {m.Name}"))}.");
            return CommandOutput.Success;
        });
        var command = new Command("db", "Database maintenance.");
        command.Subcommands.Add(migrate);
        return command;
    }
}
