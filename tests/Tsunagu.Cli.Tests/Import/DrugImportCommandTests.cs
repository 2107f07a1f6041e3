using Tsunagu.Cli.Tests.Support;
using Tsunagu.Domain.Drugs;
using Tsunagu.Testing;

namespace Tsunagu.Cli.Tests.Import;

public sealed class DrugImportCommandTests : IDisposable
{
    private readonly TempFolder data = new();
    private readonly TempFolder work = new();

    public void Dispose()
    {
        data.Dispose();
        work.Dispose();
    }

    [Fact]
    public async Task Importing_the_master_as_published_adds_every_row_and_a_second_import_with_the_price_list_changes_none()
    {
        var master = SharedMasters.PathOrSkip(SharedMasters.DrugMasterShiftJis);

        var first = await Import("drug-master", master);
        var second = await Import("drug-master", master, "--yakka", SharedMasters.PathOrSkip(SharedMasters.PriceList));

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Imported 803 rows of ssk-iyakuhin-y-20260930-sample.sjis.csv into sqlite: 803 added, 0 changed, 0 discontinued, 0 deleted, 0 unchanged.", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 added, 0 changed, 0 discontinued, 0 deleted, 803 unchanged; 12,434 薬価基準 items from mhlw-yakka-kijun-20250716.csv.", second.Output, StringComparison.Ordinal);
        Assert.Equal(SharedMasters.DrugMasterRows, (await LoadAsync()).Master.KeyedByIngredientName);
    }

    [Fact]
    public async Task A_master_with_bad_rows_is_refused_listing_each_line_and_column_and_nothing_is_stored()
    {
        var good = "0,Y,610406079,7,ガスター散２％,09,ｶﾞｽﾀｰｻﾝ2%,33,1,ｇ,1,9.50,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,,20260401,99999999,2325003B2029,001413000,0,ガスター散２％,0,2325003B2ZZZ,【般】ファモチジン散２％,2,0,0,1";
        await File.WriteAllTextAsync(work.File("master.csv"), string.Join("\r\n", good, good.Replace("610406079", "61040607X", StringComparison.Ordinal), good.Replace(",20260401,", ",2026041,", StringComparison.Ordinal)));

        var refused = await Import("drug-master", work.File("master.csv"));

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("error FIELD_FORMAT", refused.Error, StringComparison.Ordinal);
        Assert.Contains("line 2, column 3 (医薬品コード): 61040607X)", refused.Error, StringComparison.Ordinal);
        Assert.Contains("error MASTER_DATE", refused.Error, StringComparison.Ordinal);
        Assert.Contains("line 3, column 30 (変更年月日): 2026041)", refused.Error, StringComparison.Ordinal);
        Assert.Contains("2 error(s). Nothing was stored.", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await LoadAsync()).Master.Count);
    }

    [Fact]
    public async Task An_interaction_table_is_imported_with_the_source_it_is_given()
    {
        await File.WriteAllTextAsync(work.File("pairs.csv"), "drug_a,drug_b,level\n1124007,6290004,併用禁忌\n6149003,2189011,併用注意\n");

        var run = await Import("interactions", work.File("pairs.csv"), "--source", "添付文書（2026年5月版）から作成");
        var catalog = await LoadAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Imported 2 interaction pairs into sqlite (source: 添付文書（2026年5月版）から作成).", run.Output, StringComparison.Ordinal);
        Assert.Equal("添付文書（2026年5月版）から作成", catalog.InteractionSource);
        Assert.Equal(InteractionLevel.Contraindicated, catalog.Interactions.Find(catalog.Master.KeyFor("1124007"), catalog.Master.KeyFor("6290004")));
    }

    [Fact]
    public async Task An_interaction_table_with_a_bad_level_is_refused_naming_its_line()
    {
        await File.WriteAllTextAsync(work.File("pairs.csv"), "drug_a,drug_b,level\n1124007,6290004,禁忌\n");

        var refused = await Import("interactions", work.File("pairs.csv"));

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("error FIELD_NOT_IN_TABLE", refused.Error, StringComparison.Ordinal);
        Assert.Contains("line 2, column 3 (level): 禁忌)", refused.Error, StringComparison.Ordinal);
        Assert.Null((await LoadAsync()).InteractionSource);
    }

    private Task<CliRun> Import(params string[] args) => CliRun.InvokeAsync(["import", .. args, "--data", data.Path]);

    private Task<DrugCatalog> LoadAsync() => StoredCatalog.LoadAsync(data.Path);
}
