using System.Net;
using System.Net.Http.Json;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Auth;

public abstract class ForbiddenCallAuditTests(TsunaguServerFixture server) : ServerTests(server)
{
    [Fact]
    public async Task A_clinic_calling_a_pharmacy_operation_is_refused_and_audited_as_denied_by_its_role()
    {
        var clinic = await Server.NewOrganizationAsync("clinic");

        var response = await clinic.Client.PostAsJsonAsync("/prescriptions/receive", new { accessCode = "123456" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var record = Assert.Single(await Server.AuditAsync($"organization={clinic.Code}&action=access.forbidden"));
        Assert.Equal((clinic.ClientId, "Role", "Denied"), (record.Str("clientId"), record.Str("reason"), record.Str("outcome")));
        Assert.Equal("POST /prescriptions/receive: role clinic", record.Str("detail"));
    }

    [Fact]
    public async Task A_call_the_role_allows_leaves_no_forbidden_record()
    {
        var pharmacy = await Server.NewOrganizationAsync("pharmacy");

        var response = await pharmacy.Client.PostAsJsonAsync("/prescriptions/receive", new { accessCode = "123456" });

        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await Server.AuditAsync($"organization={pharmacy.Code}&action=access.forbidden"));
    }
}

public sealed class ForbiddenCallAuditOnSqlite(SqliteServer server) : ForbiddenCallAuditTests(server), IClassFixture<SqliteServer>;

public sealed class ForbiddenCallAuditOnPostgres(PostgresServer server) : ForbiddenCallAuditTests(server), IClassFixture<PostgresServer>;
