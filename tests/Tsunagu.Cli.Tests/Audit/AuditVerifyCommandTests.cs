using Tsunagu.Cli.Audit;
using Tsunagu.Cli.Tests.Support;
using Tsunagu.Storage.Audit;
using Tsunagu.Testing;
using static Tsunagu.Testing.AuditEvents;

namespace Tsunagu.Cli.Tests.Audit;

public abstract class AuditVerifyCommandTests(TestEngine engine) : CommandTests(engine)
{
    private const string Chain = "server-a";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await new AuditAppender(Test.Database, Chain).AppendAsync([Numbered(1), Numbered(2), Numbered(3)]);
    }

    [Fact]
    public async Task An_intact_trail_exits_0_and_says_how_many_records_were_verified()
    {
        var run = await RunAsync("audit", "verify");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("The audit trail is intact: 3 records verified.", run.Output.Trim());
        Assert.Contains("verifying [##############################] 100", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_records_that_member_imports_write_verify_with_the_rest()
    {
        await RegisterInsurerAsync();
        await RunAsync("import", "members", await MemberFiles.WriteAsync(Test.DataFolder.File("good.json"), MemberRecords.Minimal()), "--insurer", MemberRecords.Insurer);
        await RunAsync("import", "members", await MemberFiles.WriteAsync(Test.DataFolder.File("bad.json"), MemberRecords.Minimal() with { Sex = "9" }), "--insurer", MemberRecords.Insurer);

        var run = await RunAsync("audit", "verify");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("intact: 5 records verified", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE audit_log SET detail = 'nothing to see' WHERE chain = 'server-a' AND seq = 2", "record 2: the record's content does not match its hash")]
    [InlineData("DELETE FROM audit_log WHERE chain = 'server-a' AND seq = 2", "record 2: record 2 is missing")]
    [InlineData("DELETE FROM audit_log WHERE chain = 'server-a' AND seq = 3", "record 3: the chain head records 3 entries but 2 are stored intact")]
    public async Task A_tampered_trail_fails_naming_the_chain_and_the_record(string tampering, string breakAt)
    {
        Assert.Equal(1, await Test.ExecuteAsync(tampering));

        var run = await RunAsync("audit", "verify");

        Assert.Equal(AuditCommand.Broken, run.ExitCode);
        Assert.Contains($"The audit trail is broken at chain '{Chain}', {breakAt}", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }
}

public sealed class AuditVerifyCommandOnSqlite() : AuditVerifyCommandTests(TestEngine.Sqlite);

public sealed class AuditVerifyCommandOnPostgres() : AuditVerifyCommandTests(TestEngine.PostgreSql);
