using System.Net;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Health;

public abstract class HealthAndMetadataTests(TsunaguServerFixture server) : ServerTests(server)
{
    [Fact]
    public async Task Health_answers_ok_and_names_the_database_engine()
    {
        using var anonymous = Server.Anonymous();

        var response = await anonymous.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.Equal("ok", body.Str("status"));
        Assert.Equal(Server.Engine == Tsunagu.Testing.TestEngine.Sqlite ? "sqlite" : "postgresql", body.Str("database"));
        Assert.True(body.GetProperty("schemaVersion").GetInt32() >= 1);
    }

    [Fact]
    public async Task Fhir_metadata_is_a_capability_statement_for_fhir_4_0_1_naming_the_token_url()
    {
        using var anonymous = Server.Anonymous();

        var response = await anonymous.GetAsync("/fhir/metadata");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var statement = await Json.ReadAsync(response);
        Assert.Equal("CapabilityStatement", statement.Str("resourceType"));
        Assert.Equal("4.0.1", statement.Str("fhirVersion"));
        Assert.Contains(statement.GetProperty("format").EnumerateArray(), f => f.GetString() == "application/fhir+json");
        var oauth = Assert.Single(statement.GetProperty("rest")[0].GetProperty("security").GetProperty("extension").EnumerateArray());
        var token = Assert.Single(oauth.GetProperty("extension").EnumerateArray(), e => e.Str("url") == "token");
        Assert.Equal(new Uri(Server.BaseAddress, "/auth/token").ToString(), token.Str("valueUri"));
    }

    [Fact]
    public async Task An_unknown_path_answers_a_problem_404()
    {
        using var anonymous = Server.Anonymous();

        var response = await anonymous.GetAsync("/no/such/path");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("ROUTE_NOT_FOUND", problem.Str("code"));
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("/no/such/path", problem.Str("instance"));
    }

    [Fact]
    public async Task An_unknown_fhir_path_answers_an_operation_outcome_404()
    {
        using var anonymous = Server.Anonymous();

        var response = await anonymous.GetAsync("/fhir/NoSuchResource/1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var outcome = await Json.ReadAsync(response);
        Assert.Equal("OperationOutcome", outcome.Str("resourceType"));
        var issue = Assert.Single(outcome.GetProperty("issue").EnumerateArray());
        Assert.Equal("error", issue.Str("severity"));
        Assert.Equal("not-found", issue.Str("code"));
        Assert.Equal("ROUTE_NOT_FOUND", issue.GetProperty("details").GetProperty("coding")[0].Str("code"));
    }

    [Theory]
    [InlineData("/healthz", "application/problem+json")]
    [InlineData("/fhir/metadata", "application/fhir+json")]
    public async Task A_wrong_method_answers_405_naming_the_allowed_one(string path, string mediaType)
    {
        using var anonymous = Server.Anonymous();

        var response = await anonymous.DeleteAsync(path);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Contains("METHOD_NOT_ALLOWED", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_is_served_without_a_token_and_describes_bearer_tokens()
    {
        using var anonymous = Server.Anonymous();

        var response = await anonymous.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = await Json.ReadAsync(response);
        Assert.StartsWith("3.", document.Str("openapi"));
        Assert.Equal("Tsunagu API", document.GetProperty("info").Str("title"));
        Assert.True(document.GetProperty("paths").TryGetProperty("/consents", out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").Str("scheme"));
    }

    [Fact]
    public async Task The_api_page_is_served_without_a_token()
    {
        using var anonymous = Server.Anonymous();

        var response = await anonymous.GetAsync("/api");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Tsunagu API", await response.Content.ReadAsStringAsync());
    }
}

public sealed class HealthAndMetadataOnSqlite(SqliteServer server) : HealthAndMetadataTests(server), IClassFixture<SqliteServer>;

public sealed class HealthAndMetadataOnPostgres(PostgresServer server) : HealthAndMetadataTests(server), IClassFixture<PostgresServer>;
