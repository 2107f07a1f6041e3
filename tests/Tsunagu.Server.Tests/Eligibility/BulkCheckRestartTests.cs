using System.Text.Json.Nodes;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Storage.Eligibility;

namespace Tsunagu.Server.Tests.Eligibility;

public abstract class BulkCheckRestartTests(TsunaguServerFixture server) : ServerTests(server)
{
    [Fact]
    public async Task A_job_accepted_but_not_run_before_the_server_stopped_is_run_by_the_next_server()
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var queries = new JsonArray(patient.CheckRequest(MemberRecords.InForce), patient.CheckRequest(MemberRecords.InForce, ("insuredIdentificationNumber", "9999")));
        var id = Guid.NewGuid().ToString("N");
        await Server.Service<BulkCheckStore>().CreateAsync(
            new BulkCheckJob(id, clinic.Code, clinic.ClientId, clinic.Kind, BulkCheckJob.Pending, queries.Count, queries.ToJsonString(), null, DateTimeOffset.UtcNow, null));
        Assert.Equal("pending", (await Checks.AnswerAsync(await clinic.BulkStatusAsync(id))).Str("status"));

        await Server.RestartAsync();

        Assert.Equal(["1", "4"], (await clinic.DoneAsync(id)).Validities());
    }
}

public sealed class BulkCheckRestartOnSqlite(SqliteServer server) : BulkCheckRestartTests(server), IClassFixture<SqliteServer>;

public sealed class BulkCheckRestartOnPostgres(PostgresServer server) : BulkCheckRestartTests(server), IClassFixture<PostgresServer>;
