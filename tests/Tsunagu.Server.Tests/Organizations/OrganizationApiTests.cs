using System.Net;
using System.Net.Http.Json;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Storage;

namespace Tsunagu.Server.Tests.Organizations;

public abstract class OrganizationApiTests(TsunaguServerFixture server) : ServerTests(server)
{
    [Fact]
    public async Task Registering_a_clinic_answers_its_prefecture_and_a_client_secret_shown_once()
    {
        using var admin = await Server.AsAdminAsync();

        var response = await admin.PostAsJsonAsync("/admin/organizations", new { kind = "clinic", code = "0110113719", name = "札幌テストクリニック" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.Equal("0110113719", body.Str("code"));
        Assert.Equal("clinic", body.Str("kind"));
        Assert.Equal("北海道", body.Str("prefecture"));
        Assert.Equal("clinic-0110113719", body.Str("clientId"));
        Assert.True(body.Str("clientSecret").Length >= 40);
        Assert.False(await SecretIsStoredInClearAsync(body.Str("clientSecret")));
    }

    [Fact]
    public async Task Registering_the_same_code_twice_answers_409()
    {
        var clinic = await Server.NewOrganizationAsync("clinic");
        using var admin = await Server.AsAdminAsync();

        var response = await admin.PostAsJsonAsync("/admin/organizations", new { kind = "clinic", code = clinic.Code, name = "二重登録" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("ORG_ALREADY_EXISTS", (await Json.ReadAsync(response)).Str("code"));
    }

    [Theory]
    [InlineData("clinic", "0110113718", "CODE_CHECK_DIGIT")]
    [InlineData("pharmacy", "0110113719", "ORG_FEE_TABLE_MISMATCH")]
    [InlineData("insurer", "33120016", "CODE_CHECK_DIGIT")]
    [InlineData("municipality", "131017", "CODE_CHECK_DIGIT")]
    [InlineData("clinic", "011011371", "CODE_LENGTH")]
    public async Task A_bad_code_answers_400_naming_the_field_and_the_reason(string kind, string code, string reason)
    {
        using var admin = await Server.AsAdminAsync();

        var response = await admin.PostAsJsonAsync("/admin/organizations", new { kind, code, name = "不正コード" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = Assert.Single((await Json.ReadAsync(response)).GetProperty("errors").EnumerateArray());
        Assert.Equal("code", error.Str("field"));
        Assert.Equal(reason, error.Str("code"));
        Assert.False(string.IsNullOrEmpty(error.Str("messageJa")));
        Assert.False(string.IsNullOrEmpty(error.Str("messageEn")));
    }

    [Fact]
    public async Task A_registered_organization_can_be_read_and_listed()
    {
        var hospital = await Server.NewOrganizationAsync("hospital", beds: 250);
        using var admin = await Server.AsAdminAsync();

        var read = await Json.ReadAsync(await admin.GetAsync($"/admin/organizations/{hospital.Code}"));
        var hospitals = await Json.ReadAsync(await admin.GetAsync("/admin/organizations?kind=hospital&limit=500"));

        Assert.Equal(250, read.GetProperty("beds").GetInt32());
        Assert.Equal("東京都", read.Str("prefecture"));
        Assert.Contains(hospitals.EnumerateArray(), o => o.Str("code") == hospital.Code);
        Assert.All(hospitals.EnumerateArray(), o => Assert.Equal("hospital", o.Str("kind")));
    }

    [Fact]
    public async Task Reading_an_unknown_organization_answers_404()
    {
        using var admin = await Server.AsAdminAsync();

        var response = await admin.GetAsync("/admin/organizations/9999999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ORG_NOT_FOUND", (await Json.ReadAsync(response)).Str("code"));
    }

    [Fact]
    public async Task An_organization_token_cannot_register_organizations()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");

        var response = await insurer.Client.PostAsJsonAsync("/admin/organizations", new { kind = "clinic", code = "0110113719", name = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("AUTH_FORBIDDEN", (await Json.ReadAsync(response)).Str("code"));
    }

    private async Task<bool> SecretIsStoredInClearAsync(string secret)
    {
        var database = (Database)Server.Services.GetService(typeof(Database))!;
        await using var connection = await database.OpenAsync();
        await using var command = connection.Command("SELECT count(*) FROM clients WHERE secret_hash = @secret").With("secret", System.Text.Encoding.UTF8.GetBytes(secret));
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}

public sealed class OrganizationApiOnSqlite(SqliteServer server) : OrganizationApiTests(server), IClassFixture<SqliteServer>;

public sealed class OrganizationApiOnPostgres(PostgresServer server) : OrganizationApiTests(server), IClassFixture<PostgresServer>;
