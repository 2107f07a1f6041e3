using Tsunagu.Cli.Tests.Support;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Organizations;
using Tsunagu.Domain.People;
using Tsunagu.Testing;

namespace Tsunagu.Cli.Tests.Import;

public abstract class ImportMembersCommandTests(TestEngine engine) : CommandTests(engine)
{
    private static readonly MemberRecordDraft[] Family =
    [
        MemberRecords.Minimal("4260") with { InsuredBranchNumber = "00" },
        MemberRecords.Minimal("4260") with { InsuredBranchNumber = "01", Name = "山田 次郎", NameKana = "ヤマダ ジロウ", Sex = "1" },
        MemberRecords.Minimal("4261") with { InsuredBranchNumber = "00" },
    ];

    [Fact]
    public async Task A_JSON_array_file_is_loaded_and_loading_it_again_updates_the_same_records()
    {
        await RegisterInsurerAsync();
        var file = await MemberFiles.WriteAsync(Test.DataFolder.File("members.json"), Family);

        var first = await ImportAsync(file);
        var second = await ImportAsync(file);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"Loaded 3 records for テスト健康保険組合 ({MemberRecords.Insurer}): 3 created, 0 updated.", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 created, 3 updated.", second.Output, StringComparison.Ordinal);
        Assert.Equal(["00|山田 花子", "01|山田 次郎"], await Test.RowsAsync("SELECT branch, name FROM coverages WHERE number = '4260' ORDER BY branch"));
        Assert.Equal(3, await Test.CountAsync("coverages"));
    }

    [Fact]
    public async Task An_NDJSON_file_is_loaded_and_the_counts_are_printed()
    {
        await RegisterInsurerAsync();
        await ImportAsync(await MemberFiles.WriteAsync(Test.DataFolder.File("first.ndjson"), Family[0]));
        var file = await MemberFiles.WriteAsync(Test.DataFolder.File("members.ndjson"), [Family[0] with { Name = "山田 春子" }, .. Family[1..]]);

        var run = await ImportAsync(file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 created, 1 updated.", run.Output, StringComparison.Ordinal);
        Assert.Equal(["00|山田 春子", "01|山田 次郎", "00|山田 花子"], await Test.RowsAsync("SELECT branch, name FROM coverages ORDER BY number, branch"));
    }

    [Fact]
    public async Task A_file_with_one_bad_record_prints_its_index_field_and_code_and_stores_nothing()
    {
        await RegisterInsurerAsync();
        var file = await MemberFiles.WriteAsync(Test.DataFolder.File("members.json"), [Family[0], Family[1] with { Sex = "9" }, Family[2]]);

        var run = await ImportAsync(file);

        Assert.NotEqual(0, run.ExitCode);
        var error = Assert.Single(run.Error.Split('\n'), line => line.StartsWith("error ", StringComparison.Ordinal));
        Assert.Contains(InputErrors.NotInTable.Code, error, StringComparison.Ordinal);
        Assert.Contains("index 1, sex", error, StringComparison.Ordinal);
        Assert.Contains("1 error(s). Nothing was stored.", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await Test.CountAsync("coverages"));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task A_record_following_a_coverage_that_exists_nowhere_stores_nothing()
    {
        await RegisterInsurerAsync();
        var nowhere = new CoverageKeyDraft("01130012", "ＡＢ", "999", "00");
        var file = await MemberFiles.WriteAsync(Test.DataFolder.File("members.ndjson"), [Family[0], Family[1], Family[2] with { PreviousCoverage = nowhere }]);

        var run = await ImportAsync(file);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"error {MemberErrors.PreviousCoverageNotFound.Code}", run.Error, StringComparison.Ordinal);
        Assert.Contains("index 2, previousCoverage", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await Test.CountAsync("coverages"));
    }

    [Fact]
    public async Task An_insurer_that_is_not_registered_is_refused()
    {
        var file = await MemberFiles.WriteAsync(Test.DataFolder.File("members.json"), Family);

        var run = await ImportAsync(file);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"error {OrganizationErrors.NotFound.Code}", run.Error, StringComparison.Ordinal);
        Assert.Contains($"--insurer: no insurer {MemberRecords.Insurer} is registered", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await Test.CountAsync("coverages"));
    }

    private Task<CliRun> ImportAsync(string file) => RunAsync("import", "members", file, "--insurer", MemberRecords.Insurer);
}

public sealed class ImportMembersCommandOnSqlite() : ImportMembersCommandTests(TestEngine.Sqlite);

public sealed class ImportMembersCommandOnPostgres() : ImportMembersCommandTests(TestEngine.PostgreSql);
