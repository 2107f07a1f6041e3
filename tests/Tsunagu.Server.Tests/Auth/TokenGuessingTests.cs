using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Auth;

/// <summary>On a throttled server, whose token endpoint allows each address one request per second (bursts of 2).</summary>
public abstract class TokenGuessingTests(TsunaguServerFixture server) : ServerTests(server)
{
    [Fact]
    public async Task Guessing_secrets_from_one_address_is_answered_429()
    {
        using var anonymous = Server.Anonymous();
        var guesses = 0;

        var refused = await Throttling.FirstRefusalAsync(() => anonymous.PostAsync("/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "admin",
            ["client_secret"] = $"guess-{++guesses}",
        })));

        Assert.NotNull(refused);
        Assert.Equal("RATE_LIMITED", (await Json.ReadAsync(refused)).Str("code"));
        Assert.NotNull(refused.Headers.RetryAfter);
    }
}

public sealed class TokenGuessingOnSqlite(ThrottledSqliteServer server) : TokenGuessingTests(server), IClassFixture<ThrottledSqliteServer>;

public sealed class TokenGuessingOnPostgres(ThrottledPostgresServer server) : TokenGuessingTests(server), IClassFixture<ThrottledPostgresServer>;
