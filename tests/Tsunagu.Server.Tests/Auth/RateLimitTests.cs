using System.Net;
using System.Net.Http.Json;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Auth;

/// <summary>On a server allowing each client 2 requests per second (bursts of 4).</summary>
public abstract class RateLimitTests(TsunaguServerFixture server) : ServerTests(server)
{
    [Fact]
    public async Task A_client_over_its_budget_gets_429_with_retry_after_while_another_client_is_unaffected()
    {
        var clinic = await Server.NewOrganizationAsync("clinic");
        using var admin = await Server.AsAdminAsync();

        var refused = await Throttling.FirstRefusalAsync(() => clinic.Client.PostAsJsonAsync("/consents", new { }));

        Assert.NotNull(refused);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("RATE_LIMITED", (await Json.ReadAsync(refused)).Str("code"));
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/admin/organizations/{clinic.Code}")).StatusCode);
    }
}

public sealed class RateLimitOnSqlite(ThrottledSqliteServer server) : RateLimitTests(server), IClassFixture<ThrottledSqliteServer>;

public sealed class RateLimitOnPostgres(ThrottledPostgresServer server) : RateLimitTests(server), IClassFixture<ThrottledPostgresServer>;
