using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Organizations;
using Tsunagu.Storage.Organizations;
using Tsunagu.Testing;

namespace Tsunagu.Cli.Tests.Support;

/// <summary>Base of CLI test classes that run once per engine: commands run against the test's own data folder and database.</summary>
public abstract class CommandTests(TestEngine engine) : DatabaseTests(engine)
{
    /// <summary>Runs <c>tsunagu</c> with <c>--data</c> and <c>--db</c> naming this test's data folder and database.</summary>
    protected Task<CliRun> RunAsync(params string[] args) =>
        CliRun.InvokeAsync([.. args, "--data", Test.DataFolder.Path, "--db", Test.ConnectionString ?? ""]);

    /// <summary>Registers <see cref="MemberRecords.Insurer"/> (大阪府), as an administrator would before its first member load.</summary>
    protected async Task RegisterInsurerAsync()
    {
        await using var write = await Test.Database.BeginWriteAsync();
        var insurer = new Organization(MemberRecords.Insurer, OrganizationKind.Insurer, "テスト健康保険組合", Prefectures.Get(27), null, false);
        Assert.True(await OrganizationStore.TryInsertAsync(write, insurer, DateTimeOffset.UtcNow));
        await write.CommitAsync();
    }
}
