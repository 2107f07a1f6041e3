using Tsunagu.Storage.Audit;
using Tsunagu.Testing;
using static Tsunagu.Testing.AuditEvents;

namespace Tsunagu.Storage.Tests.Audit;

public abstract class AuditVerificationTests(TestEngine engine) : DatabaseTests(engine)
{
    private const string Chain = "server-a";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await new AuditAppender(Test.Database, "server-0").AppendAsync([Numbered(1), Numbered(2)]);
        await new AuditAppender(Test.Database, Chain).AppendAsync([Numbered(3), Numbered(4), Numbered(5)]);
        await new AuditAppender(Test.Database, Chain).AppendAsync([Numbered(6), Numbered(7)]);
    }

    [Fact]
    public async Task An_intact_trail_verifies_with_every_record_checked()
    {
        var result = await VerifyAsync();

        Assert.True(result.IsIntact);
        Assert.Null(result.FirstBreak);
        Assert.Equal(7, result.Checked);
    }

    [Theory]
    [InlineData("at = at + 1")]
    [InlineData("organization_code = '1340123452'")]
    [InlineData("client_id = 'pharmacy-receipt'")]
    [InlineData("subject_person_id = NULL")]
    [InlineData("subject = NULL")]
    [InlineData("action = 'medications.read'")]
    [InlineData("reason = 'Emergency'")]
    [InlineData("outcome = 'Denied'")]
    [InlineData("detail = 'check 99'")]
    [InlineData("previous_hash = hash")]
    [InlineData("hash = previous_hash")]
    public async Task Altering_a_stored_field_breaks_the_chain_at_that_record(string change)
    {
        Assert.Equal(1, await Test.ExecuteAsync($"UPDATE audit_log SET {change} WHERE chain = '{Chain}' AND seq = 3"));

        var broken = (await VerifyAsync()).FirstBreak;

        Assert.NotNull(broken);
        Assert.Equal((Chain, 3L), (broken.Chain, broken.Sequence));
    }

    [Fact]
    public async Task Deleting_a_middle_record_breaks_the_chain_where_it_is_missing()
    {
        await Test.ExecuteAsync($"DELETE FROM audit_log WHERE chain = '{Chain}' AND seq = 2");

        var broken = (await VerifyAsync()).FirstBreak;

        Assert.NotNull(broken);
        Assert.Equal((Chain, 2L), (broken.Chain, broken.Sequence));
        Assert.Contains("missing", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_newest_record_is_caught_by_the_chain_head()
    {
        await Test.ExecuteAsync($"DELETE FROM audit_log WHERE chain = '{Chain}' AND seq = 5");

        var result = await VerifyAsync();

        Assert.Equal((Chain, 5L), (result.FirstBreak?.Chain, result.FirstBreak?.Sequence));
        Assert.Equal(6, result.Checked);
    }

    [Fact]
    public async Task Deleting_every_record_of_a_chain_is_caught_by_its_head()
    {
        await Test.ExecuteAsync($"DELETE FROM audit_log WHERE chain = '{Chain}'");

        var broken = (await VerifyAsync()).FirstBreak;

        Assert.Equal((Chain, 1L), (broken?.Chain, broken?.Sequence));
    }

    [Fact]
    public async Task Deleting_the_chain_head_is_caught_and_names_the_newest_record_it_vouched_for()
    {
        await Test.ExecuteAsync($"DELETE FROM audit_heads WHERE chain = '{Chain}'");

        var broken = (await VerifyAsync()).FirstBreak;

        Assert.NotNull(broken);
        Assert.Equal((Chain, 5L), (broken.Chain, broken.Sequence));
        Assert.Contains("head", broken.Reason, StringComparison.Ordinal);
    }

    private Task<AuditVerificationResult> VerifyAsync() => new AuditVerification(new AuditStore(Test.Database)).VerifyAsync();
}

public sealed class AuditVerificationOnSqlite() : AuditVerificationTests(TestEngine.Sqlite);

public sealed class AuditVerificationOnPostgres() : AuditVerificationTests(TestEngine.PostgreSql);
