using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Auth;

public abstract class TokenTests(TsunaguServerFixture server) : ServerTests(server)
{
    [Fact]
    public async Task Client_credentials_in_the_form_body_give_a_bearer_token()
    {
        var clinic = await Server.NewOrganizationAsync("clinic");
        using var anonymous = Server.Anonymous();

        var response = await anonymous.PostAsync("/auth/token", Form(("grant_type", "client_credentials"), ("client_id", clinic.ClientId), ("client_secret", clinic.ClientSecret)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.Equal("Bearer", body.Str("token_type"));
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(3, body.Str("access_token").Split('.').Length);
    }

    [Fact]
    public async Task Client_credentials_by_http_basic_give_a_token_the_api_accepts()
    {
        var clinic = await Server.NewOrganizationAsync("clinic");
        using var anonymous = Server.Anonymous();
        var request = new HttpRequestMessage(HttpMethod.Post, "/auth/token") { Content = Form(("grant_type", "client_credentials")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clinic.ClientId}:{clinic.ClientSecret}")));

        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var client = Server.WithToken((await Json.ReadAsync(response)).Str("access_token"));
        var consent = await client.PostAsJsonAsync("/consents", new { });
        Assert.Equal(HttpStatusCode.BadRequest, consent.StatusCode);
    }

    [Fact]
    public async Task The_token_carries_the_client_and_the_organizations_code_and_kind()
    {
        var pharmacy = await Server.NewOrganizationAsync("pharmacy");

        var payload = Payload(await Server.TokenAsync(pharmacy.ClientId, pharmacy.ClientSecret));

        Assert.Equal(pharmacy.ClientId, payload.Str("sub"));
        Assert.Equal(pharmacy.Code, payload.Str("org"));
        Assert.Equal("pharmacy", payload.Str("role"));
        Assert.Equal("tsunagu", payload.Str("iss"));
        Assert.Equal("tsunagu-api", payload.Str("aud"));
        Assert.Equal(3600, payload.GetProperty("exp").GetInt64() - payload.GetProperty("iat").GetInt64());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_wrong_secret_answers_401_invalid_client(bool basic)
    {
        var clinic = await Server.NewOrganizationAsync("clinic");
        using var anonymous = Server.Anonymous();
        var request = new HttpRequestMessage(HttpMethod.Post, "/auth/token");
        if (basic)
        {
            request.Content = Form(("grant_type", "client_credentials"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clinic.ClientId}:wrong")));
        }
        else
        {
            request.Content = Form(("grant_type", "client_credentials"), ("client_id", clinic.ClientId), ("client_secret", clinic.ClientSecret + "x"));
        }

        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("AUTH_INVALID_CLIENT", problem.Str("code"));
        Assert.Equal("invalid_client", problem.Str("error"));
    }

    [Theory]
    [InlineData("no-such-client", "secret")]
    [InlineData("admin", "not-the-admin-secret")]
    public async Task An_unknown_client_or_a_wrong_admin_secret_answers_401_invalid_client(string clientId, string secret)
    {
        using var anonymous = Server.Anonymous();

        var response = await anonymous.PostAsync("/auth/token", Form(("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await Json.ReadAsync(response)).Str("error"));
    }

    [Fact]
    public async Task The_password_grant_answers_400_unsupported_grant_type()
    {
        using var anonymous = Server.Anonymous();

        var response = await anonymous.PostAsync("/auth/token", Form(("grant_type", "password"), ("username", "admin"), ("password", TsunaguServerFixture.AdminSecret)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("unsupported_grant_type", problem.Str("error"));
        Assert.Equal("AUTH_UNSUPPORTED_GRANT", problem.Str("code"));
    }

    [Fact]
    public async Task No_token_answers_401_auth_required_with_a_bearer_challenge()
    {
        using var anonymous = Server.Anonymous();

        var response = await anonymous.GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("AUTH_REQUIRED", (await Json.ReadAsync(response)).Str("code"));
    }

    [Fact]
    public async Task A_garbage_token_answers_401()
    {
        await AssertRefusedAsync("not-a-jwt");
    }

    [Fact]
    public async Task A_token_whose_payload_was_changed_answers_401()
    {
        var clinic = await Server.NewOrganizationAsync("clinic");
        var parts = (await Server.TokenAsync(clinic.ClientId, clinic.ClientSecret)).Split('.');
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!;
        payload["role"] = "admin";

        await AssertRefusedAsync($"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.{parts[2]}");
    }

    [Fact]
    public async Task A_token_signed_by_another_key_answers_401()
    {
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = Server.Service<SigningKeyRing>().Current.KeyId };

        await AssertRefusedAsync(Forge(key, "tsunagu", "tsunagu-api", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30)));
    }

    [Fact]
    public async Task An_expired_token_answers_401_even_when_signed_by_the_server()
    {
        await AssertRefusedAsync(Forge(Server.Service<SigningKeyRing>().Current, "tsunagu", "tsunagu-api", DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-1)));
    }

    [Theory]
    [InlineData("someone-else", "tsunagu-api")]
    [InlineData("tsunagu", "another-api")]
    public async Task A_token_for_another_issuer_or_audience_answers_401(string issuer, string audience)
    {
        await AssertRefusedAsync(Forge(Server.Service<SigningKeyRing>().Current, issuer, audience, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30)));
    }

    [Fact]
    public async Task An_unsigned_token_answers_401()
    {
        var header = Base64Url.EncodeToString("""{"alg":"none","typ":"JWT"}"""u8);
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new
        {
            sub = "admin",
            role = "admin",
            iss = "tsunagu",
            aud = "tsunagu-api",
            exp = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds(),
        }));

        await AssertRefusedAsync($"{header}.{payload}.");
    }

    [Fact]
    public async Task A_role_the_endpoint_does_not_name_answers_403_auth_forbidden_even_for_the_admin()
    {
        using var admin = await Server.AsAdminAsync();

        var response = await admin.PostAsync("/consents", JsonContent.Create(new JsonObject { ["method"] = "card" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("AUTH_FORBIDDEN", (await Json.ReadAsync(response)).Str("code"));
    }

    /// <summary>An admin-only endpoint must refuse the token as unauthenticated, not merely as forbidden.</summary>
    private async Task AssertRefusedAsync(string token)
    {
        using var client = Server.WithToken(token);

        var response = await client.GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("AUTH_REQUIRED", (await Json.ReadAsync(response)).Str("code"));
    }

    /// <summary>An admin token with the given signing key, issuer, audience and validity.</summary>
    private static string Forge(SecurityKey key, string issuer, string audience, DateTime notBefore, DateTime expires) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = issuer,
        Audience = audience,
        Subject = new ClaimsIdentity([new Claim("sub", "admin"), new Claim("role", "admin")]),
        IssuedAt = notBefore,
        NotBefore = notBefore,
        Expires = expires,
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
    });

    private static JsonElement Payload(string token) => JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[1])).RootElement.Clone();

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
}

public sealed class TokenOnSqlite(SqliteServer server) : TokenTests(server), IClassFixture<SqliteServer>;

public sealed class TokenOnPostgres(PostgresServer server) : TokenTests(server), IClassFixture<PostgresServer>;
