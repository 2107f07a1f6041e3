using System.Net;
using System.Net.Http.Json;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Auth;

/// <summary>Retiring a signing key stops its tokens at once, even though valid tokens are remembered between requests.</summary>
public abstract class KeyRetirementTests(TsunaguServerFixture server) : ServerTests(server)
{
    [Fact]
    public async Task A_token_signed_with_a_retired_key_is_refused_after_the_server_rereads_its_keys()
    {
        var clinic = await Server.NewOrganizationAsync("clinic");
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await CallAsync(clinic.Client)).StatusCode);
        var folder = Path.Combine(Server.DataFolder, "keys");
        var retired = Directory.GetFiles(folder, "jwt-*.pem");

        SigningKeyRing.AddKey(folder, DateTimeOffset.UtcNow.AddDays(1));
        foreach (var file in retired)
        {
            File.Delete(file);
        }

        Assert.True(await EventuallyUnauthorizedAsync(clinic.Client), "the old token was still accepted after the key ring was reread");
        using var renewed = Server.WithToken(await Server.TokenAsync(clinic.ClientId, clinic.ClientSecret));
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await CallAsync(renewed)).StatusCode);
    }

    private static Task<HttpResponseMessage> CallAsync(HttpClient client) => client.PostAsJsonAsync("/consents", new { });

    /// <summary>The server rereads its key folder at most every 5 s; poll well past that, and stop as soon as it shows.</summary>
    private static async Task<bool> EventuallyUnauthorizedAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await CallAsync(client)).StatusCode == HttpStatusCode.Unauthorized)
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        return false;
    }
}

public sealed class KeyRetirementOnSqlite(SqliteServer server) : KeyRetirementTests(server), IClassFixture<SqliteServer>;

public sealed class KeyRetirementOnPostgres(PostgresServer server) : KeyRetirementTests(server), IClassFixture<PostgresServer>;
