using Tsunagu.Domain.Drugs;
using Tsunagu.Storage;
using Tsunagu.Storage.Drugs;
using Tsunagu.Storage.Migrations;

namespace Tsunagu.Cli.Tests.Import;

/// <summary>Reads back what a command stored: the drug catalog of a data folder's SQLite database.</summary>
internal static class StoredCatalog
{
    public static async Task<DrugCatalog> LoadAsync(string dataFolder)
    {
        await using var database = await DatabaseFactory.OpenAsync(null, dataFolder);
        await new MigrationRunner(database, TimeProvider.System).MigrateAsync();
        return await new DrugStore(database).LoadAsync();
    }
}
