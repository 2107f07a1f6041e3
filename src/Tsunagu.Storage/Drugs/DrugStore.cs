using Tsunagu.Domain.Drugs;
using Tsunagu.Storage.Postgres;
using Tsunagu.Storage.Sqlite;

namespace Tsunagu.Storage.Drugs;

/// <summary>
/// The drug catalog: imports of the 医薬品マスター (upsert by レセ電 code, applying changes and 抹消 rows), of the
/// 薬価基準 list and of the interaction table, each in one transaction that also bumps the catalog version; and the
/// load of all of it into the in-memory <see cref="DrugCatalog"/> the checks run on.
/// </summary>
public sealed class DrugStore(Database database)
{
    private readonly IDrugBulk bulk = database.Engine == DatabaseEngine.Sqlite ? new SqliteDrugBulk() : new PostgresDrugBulk();

    /// <summary>
    /// Applies a master file to the stored master — new rows added, changed rows replaced, rows marked 抹消 deleted,
    /// rows absent from the file kept — and, when given, upserts the 薬価基準 list items by code.
    /// </summary>
    /// <param name="written">Told how many more drug rows were written, every few thousand rows.</param>
    public async Task<DrugImportCounts> ImportMasterAsync(
        IReadOnlyList<DrugMasterRecord> records, string source, IReadOnlyList<PriceListItem>? priceList, string? priceListSource, DateTimeOffset at,
        IProgress<int>? written = null, CancellationToken cancellationToken = default)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var stored = (await DrugCatalogReader.DrugsAsync(write.Connection, write.Transaction, cancellationToken)).ToDictionary(d => d.ReceiptCode, StringComparer.Ordinal);
        var changes = DrugMasterChanges.Between(stored, records);
        await bulk.InsertDrugsAsync(write, changes.Added, at, written, cancellationToken);
        await bulk.UpdateDrugsAsync(write, changes.Changed, at, written, cancellationToken);
        await bulk.DeleteDrugsAsync(write, changes.Deleted, cancellationToken);
        if (priceList is not null)
        {
            await bulk.UpsertPriceListAsync(write, priceList, at, cancellationToken);
            await DrugCatalogParts.BumpAsync(write, DrugCatalogParts.PriceList, priceListSource ?? source, priceList.Count, at, cancellationToken);
        }

        var version = await DrugCatalogParts.BumpAsync(write, DrugCatalogParts.Master, source, records.Count, at, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return new DrugImportCounts(changes.Added.Count, changes.Changed.Count, changes.Discontinued, changes.Deleted.Count, changes.Unchanged, priceList?.Count ?? 0, version);
    }

    /// <summary>
    /// Replaces the interaction table and records where it came from (no national machine-readable list exists, so the
    /// source is the operator's word). A pair listed twice, in either order, is stored once. Returns the pairs stored.
    /// </summary>
    public async Task<int> ImportInteractionsAsync(IReadOnlyList<Interaction> interactions, string source, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        List<Interaction> pairs = [.. interactions.Select(Ordered).DistinctBy(i => (i.DrugA, i.DrugB))];
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using (var clear = write.Command("DELETE FROM interactions"))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await bulk.InsertInteractionsAsync(write, pairs, cancellationToken);
        await DrugCatalogParts.BumpAsync(write, DrugCatalogParts.Interactions, source, pairs.Count, at, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return pairs.Count;
    }

    /// <summary>The catalog version: one cheap read, for knowing whether a loaded catalog is stale.</summary>
    public async Task<long> VersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await DrugCatalogParts.VersionAsync(connection, cancellationToken);
    }

    /// <summary>
    /// Loads the master (keyed through the 薬価基準 list when one was imported) and the interaction table. Reads again
    /// when an import committed meanwhile, so the parts always belong to one version.
    /// </summary>
    public async Task<DrugCatalog> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        while (true)
        {
            var version = await DrugCatalogParts.VersionAsync(connection, cancellationToken);
            var drugs = await DrugCatalogReader.DrugsAsync(connection, null, cancellationToken);
            var priceList = await DrugCatalogReader.PriceListAsync(connection, cancellationToken);
            var interactions = await DrugCatalogReader.InteractionsAsync(connection, cancellationToken);
            var source = await DrugCatalogParts.InteractionSourceAsync(connection, cancellationToken);
            if (await DrugCatalogParts.VersionAsync(connection, cancellationToken) == version)
            {
                var master = new DrugMaster(drugs, priceList.Count == 0 ? null : priceList);
                return new DrugCatalog(master, InteractionTable.Build(interactions, master), version, source);
            }
        }
    }

    private static Interaction Ordered(Interaction interaction) =>
        string.CompareOrdinal(interaction.DrugA, interaction.DrugB) <= 0 ? interaction : interaction with { DrugA = interaction.DrugB, DrugB = interaction.DrugA };
}
