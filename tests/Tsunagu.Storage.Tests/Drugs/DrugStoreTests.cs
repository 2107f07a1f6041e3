using Tsunagu.Domain;
using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Prescriptions.Checks;
using DosageForm = Tsunagu.Domain.Prescriptions.DosageForm;
using Tsunagu.Formats.Masters;
using Tsunagu.Storage.Drugs;
using Tsunagu.Storage.Tests.Pki;
using Tsunagu.Storage.Tests.Support;
using Tsunagu.Testing;

namespace Tsunagu.Storage.Tests.Drugs;

public abstract class DrugStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 5, 20, 9, 0, 0, TimeSpan.FromHours(9));

    private readonly TestEngine engine;
    private TestDatabase? database;

    protected DrugStoreTests(TestEngine engine)
    {
        this.engine = engine;
        if (TestDatabase.UnavailableReason(engine) is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    private DrugStore Store => new(database!.Database);

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(engine);
        await database.MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_shared_master_is_stored_and_loads_back_unchanged()
    {
        var records = SharedRecords();

        var counts = await Store.ImportMasterAsync(records, SharedMasters.DrugMasterShiftJis, null, null, At);
        var catalog = await Store.LoadAsync();

        Assert.Equal(new DrugImportCounts(SharedMasters.DrugMasterRows, 0, 0, 0, 0, 0, counts.Version), counts);
        Assert.Equal(records.Select(r => r.Drug).OrderBy(d => d.ReceiptCode, StringComparer.Ordinal), catalog.Master.Products.Select(p => p.Product));
    }

    [Fact]
    public async Task A_reimport_applies_changed_discontinued_deleted_and_added_rows_and_keeps_absent_ones()
    {
        var records = SharedRecords();
        await Store.ImportMasterAsync(records, "first", null, null, At);
        var renamed = records[0].Drug with { Name = "ガスター散２％（新）", Price = 8.75m };
        var retired = records[1].Drug with { DiscontinuedOn = new DateOnly(2027, 3, 31) };
        var added = records[0].Drug with { ReceiptCode = "629999901", Name = "新規薬" };

        var counts = await Store.ImportMasterAsync(
            [new(MasterChange.Changed, renamed), new(MasterChange.Discontinued, retired), new(MasterChange.Deleted, records[2].Drug), new(MasterChange.Added, added), records[3]],
            "second", null, null, At.AddDays(30));
        var master = (await Store.LoadAsync()).Master;

        Assert.Equal((1, 2, 1, 1, 1), (counts.Added, counts.Changed, counts.Discontinued, counts.Deleted, counts.Unchanged));
        Assert.Equal(renamed, master.Find(renamed.ReceiptCode)!.Product);
        Assert.Equal(new DateOnly(2027, 3, 31), master.Find(retired.ReceiptCode)!.Product!.DiscontinuedOn);
        Assert.Null(master.Find(records[2].Drug.ReceiptCode));
        Assert.Equal(added, master.Find("629999901")!.Product);
        Assert.NotNull(master.Find(records[500].Drug.ReceiptCode));
        Assert.Equal(SharedMasters.DrugMasterRows, master.Count);
    }

    [Fact]
    public async Task Every_import_raises_the_catalog_version()
    {
        var before = await Store.VersionAsync();
        var master = await Store.ImportMasterAsync(SharedRecords(), "master", null, null, At);
        var interactions = await Store.ImportInteractionsAsync([new("1124007", "6290004", InteractionLevel.Contraindicated)], "test", At);
        var again = await Store.ImportMasterAsync(SharedRecords(), "master", null, null, At);

        Assert.Equal(0, before);
        Assert.True(master.Version > before);
        Assert.Equal(again.Version, await Store.VersionAsync());
        Assert.Equal(again.Version, (await Store.LoadAsync()).Version);
        Assert.True(again.Version > master.Version);
        Assert.Equal(1, interactions);
        Assert.Equal(SharedMasters.DrugMasterRows, again.Unchanged);
    }

    [Fact]
    public async Task A_master_imported_with_the_price_list_is_keyed_by_ingredient_name()
    {
        var priceList = PriceListReader.Read(SharedMasters.ReadOrSkip(SharedMasters.PriceList)).Value!;

        var counts = await Store.ImportMasterAsync(SharedRecords(), "master", priceList, "yakka", At);
        await Store.ImportMasterAsync(SharedRecords(), "master", priceList.Take(10).ToList(), "yakka again", At);

        Assert.Equal(SharedMasters.PriceListItems, counts.PriceListItems);
        Assert.Equal(SharedMasters.DrugMasterRows, (await Store.LoadAsync()).Master.KeyedByIngredientName);
    }

    [Fact]
    public async Task An_interaction_import_replaces_the_table_and_records_its_source()
    {
        await Store.ImportMasterAsync(SharedRecords(), "master", null, null, At);
        await Store.ImportInteractionsAsync([new("2325003", "1124007", InteractionLevel.Caution)], "old table", At);

        var stored = await Store.ImportInteractionsAsync(
            [new("2325003", "6290004", InteractionLevel.Contraindicated), new("6290004", "2325003", InteractionLevel.Contraindicated)], "添付文書 2026-05 (demo)", At);
        var catalog = await Store.LoadAsync();
        var famotidine = catalog.Master.Find("610406079")!.Ingredient;

        Assert.Equal(1, stored);
        Assert.Equal("添付文書 2026-05 (demo)", catalog.InteractionSource);
        Assert.Equal(1, catalog.Interactions.Count);
        Assert.Equal(InteractionLevel.Contraindicated, catalog.Interactions.Find(famotidine, catalog.Master.KeyFor("6290004")));
        Assert.Null(catalog.Interactions.Find(famotidine, catalog.Master.KeyFor("1124007")));
    }

    [Fact]
    public async Task A_loaded_catalog_checks_new_drugs_against_the_stored_interaction_table()
    {
        var today = JapanTime.DateOf(At);
        await Store.ImportMasterAsync(SharedRecords(), "master", null, null, At);
        await Store.ImportInteractionsAsync([new("2325003", "6250002", InteractionLevel.Contraindicated)], "test pair", At);
        var catalog = await Store.LoadAsync();
        var famotidine = catalog.Master.Resolve("610406079", today).Value!;
        var aciclovir = catalog.Master.Resolve("6250002D1024", today).Value!;

        var issues = catalog.Checker.Check([famotidine], [new MedicationHistoryEntry(aciclovir, "1310000029", today, 5, DosageForm.Internal)], new CheckOptions(today, "1310000011"));

        Assert.Equal(CheckIssueType.Contraindication, Assert.Single(issues).Type);
    }

    [Fact]
    public async Task The_catalog_source_reloads_after_an_import_once_its_interval_has_passed()
    {
        var time = new ManualTime(At);
        using var source = new DrugCatalogSource(Store, time);
        var empty = await source.CurrentAsync();
        await Store.ImportMasterAsync(SharedRecords(), "master", null, null, At);

        var cached = await source.CurrentAsync();
        time.Advance(DrugCatalogSource.RefreshInterval);
        var reloaded = await source.CurrentAsync();

        Assert.Equal(0, empty.Master.Count);
        Assert.Same(empty, cached);
        Assert.Equal(SharedMasters.DrugMasterRows, reloaded.Master.Count);
        Assert.Same(reloaded, await source.CurrentAsync());
    }

    private static IReadOnlyList<DrugMasterRecord> SharedRecords() => DrugMasterReader.Read(SharedMasters.ReadOrSkip(SharedMasters.DrugMasterShiftJis)).Value!;
}

public sealed class DrugStoreOnSqlite() : DrugStoreTests(TestEngine.Sqlite);

public sealed class DrugStoreOnPostgres() : DrugStoreTests(TestEngine.PostgreSql);
