using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Tsunagu.Server;
using Tsunagu.Server.Hosting;
using Tsunagu.Testing;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>
/// A real Tsunagu server on a free loopback port with its own data folder and database, on one engine. Integration
/// test classes take it as a class fixture through <see cref="SqliteServer"/> or <see cref="PostgresServer"/>.
/// </summary>
public abstract class TsunaguServerFixture : IAsyncLifetime
{
    public const string AdminSecret = "integration-test-admin-secret";

    /// <summary>How long an emergency access lasts here: not the default (60), so that tests see the setting applied.</summary>
    public const double EmergencyMinutes = 15;

    private readonly TempFolder data = new();
    private WebApplication? app;
    private string? postgres;
    private Task<string>? adminToken;

    public abstract TestEngine Engine { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => app!.Services;

    public string DataFolder => data.Path;

    /// <summary>The server's clock: system time, moved forward by tests that need a later day.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Per-client requests per second; a fixture that tests throttling lowers it.</summary>
    protected virtual int RateLimitPerSecond => 100_000;

    /// <summary>Added to the PostgreSQL connection string (e.g. a pool size); nothing by default.</summary>
    protected virtual string PostgresSettings => "";

    /// <summary>Puts files the server reads at start (e.g. trusted CAs) into its data folder.</summary>
    protected virtual void PrepareDataFolder(string path)
    {
    }

    /// <summary>Loads what the server's tests need once it runs (e.g. a drug master).</summary>
    protected virtual Task StartedAsync() => Task.CompletedTask;

    /// <summary>Why this fixture's engine is not available here, or null.</summary>
    public string? UnavailableReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        UnavailableReason = Engine == TestEngine.PostgreSql ? Tsunagu.Testing.PostgresServer.UnavailableReason : null;
        if (UnavailableReason is not null)
        {
            return;
        }

        postgres = Engine == TestEngine.PostgreSql ? await Tsunagu.Testing.PostgresServer.CreateDatabaseAsync() : null;
        PrepareDataFolder(data.Path);
        await StartAsync(port: 0);
        await StartedAsync();
    }

    /// <summary>
    /// Stops the server and starts a new one on the same data folder, database and port, as an operator's restart
    /// would: clients and tokens made before keep working, and whatever the first server left behind is the second's.
    /// </summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync(BaseAddress.Port);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();

        if (postgres is not null)
        {
            await Tsunagu.Testing.PostgresServer.DropDatabaseAsync(postgres);
        }

        data.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Skips the calling test, with the reason printed, when the engine is not available.</summary>
    public void SkipIfUnavailable()
    {
        if (UnavailableReason is not null)
        {
            Assert.Skip(UnavailableReason);
        }
    }

    /// <summary>One of the running server's services, for the few checks that cannot be made on the wire.</summary>
    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public HttpClient Anonymous() => new() { BaseAddress = BaseAddress };

    /// <summary>
    /// The admin's token, asked for once per server: tests register many organizations, and a throttled server allows
    /// only a few token requests per address.
    /// </summary>
    public Task<string> AdminTokenAsync() => adminToken ??= TokenAsync("admin", AdminSecret);

    public async Task<HttpClient> AsAdminAsync() => WithToken(await AdminTokenAsync());

    /// <summary>Registers a new organization of <paramref name="kind"/> and returns a client holding its token.</summary>
    public async Task<TestOrganization> NewOrganizationAsync(string kind, string? code = null, int? beds = null, string? name = null)
    {
        using var admin = await AsAdminAsync();
        code ??= ValidCodes.For(kind);
        beds ??= kind == "hospital" ? 120 : null;
        name ??= $"テスト{kind}";
        var response = await admin.PostAsJsonAsync("/admin/organizations", new { kind, code, name, beds });
        response.EnsureSuccessStatusCode();
        var created = (await response.Content.ReadFromJsonAsync<CreatedOrganization>())!;
        return new TestOrganization(code, kind, created.ClientId, created.ClientSecret, WithToken(await TokenAsync(created.ClientId, created.ClientSecret)));
    }

    public async Task<string> TokenAsync(string clientId, string secret)
    {
        using var anonymous = Anonymous();
        var response = await anonymous.PostAsync("/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenBody>())!.Access_token;
    }

    public HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task StartAsync(int port)
    {
        app = await TsunaguApp.BuildAsync(["--urls", $"http://127.0.0.1:{port}", "--Logging:LogLevel:Default=Warning"], Configure);
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.First());
    }

    private async Task StopAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }
    }

    private void Configure(TsunaguOptions options)
    {
        options.DataFolder = data.Path;
        options.Database = postgres is null ? null : postgres + PostgresSettings;
        options.AdminSecret = AdminSecret;
        options.Demo = false;
        options.RateLimitPerSecond = RateLimitPerSecond;
        options.AuditChain = "test";
        options.Clock = Clock;
        options.EmergencyMinutes = EmergencyMinutes;
    }

    private sealed record CreatedOrganization(string Code, string ClientId, string ClientSecret);

    private sealed record TokenBody(string Access_token);
}
