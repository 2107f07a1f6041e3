using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Hosting;

public abstract class RequestBodyTests(TsunaguServerFixture server) : ServerTests(server)
{
    private const long DefaultLimit = 1 << 20;

    [Theory]
    [InlineData("clinic", "/consents")]
    [InlineData("admin", "/admin/organizations")]
    public async Task A_body_declared_over_the_limit_is_refused_with_413_before_it_is_sent(string caller, string path)
    {
        var body = new TrackedBody(DefaultLimit + 1);
        using var client = await ExpectingContinueAsync(caller);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
        request.Headers.ExpectContinue = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("BODY_TOO_LARGE", (await Json.ReadAsync(response)).Str("code"));
        Assert.False(body.WasSent, "The server asked for the body (100 Continue) instead of refusing it by its Content-Length.");
    }

    [Theory]
    [InlineData("clinic", "/consents")]
    [InlineData("admin", "/admin/organizations")]
    [InlineData("clinic", "/prescriptions")]
    public async Task A_chunked_body_over_the_limit_is_refused_with_413(string caller, string path)
    {
        using var client = await ClientAsync(caller);
        var body = await ChunkedBody.OfAsync(new StringContent($$"""{"name":"{{new string('a', (int)DefaultLimit)}}"}""", Encoding.UTF8, "application/json"));

        var response = await client.PostAsync(path, body);

        Assert.Null(body.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("BODY_TOO_LARGE", (await Json.ReadAsync(response)).Str("code"));
    }

    [Fact]
    public async Task The_member_load_accepts_a_body_over_the_default_limit()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");
        var records = Enumerable.Range(1, 1_200).Select(n => MemberRecords.Complete(insurer.Code, $"{n:00000}")).ToArray();

        var response = await insurer.LoadMembersAsNdjsonAsync(records);

        Assert.True(response.RequestMessage?.Content?.Headers.ContentLength > DefaultLimit);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1_200, (await Json.ReadAsync(response)).GetProperty("created").GetInt32());
    }

    [Theory]
    [InlineData("clinic", "/consents", """{"scopes": ["medication"], "method": "card",""")]
    [InlineData("clinic", "/consents", """{"scopes": "medication", "method": "card"}""")]
    [InlineData("admin", "/admin/organizations", """{"kind": "clinic", "code": 110113719}""")]
    [InlineData("admin", "/admin/organizations", "kind=clinic")]
    public async Task A_body_that_is_not_the_expected_json_answers_400_body_malformed(string caller, string path, string json)
    {
        using var client = await ClientAsync(caller);

        var response = await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("BODY_MALFORMED", (await Json.ReadAsync(response)).Str("code"));
    }

    [Theory]
    [InlineData("anonymous", "GET", "/admin/audit", null, null, HttpStatusCode.Unauthorized)]
    [InlineData("clinic", "GET", "/admin/audit", null, null, HttpStatusCode.Forbidden)]
    [InlineData("clinic", "GET", "/no/such/path", null, null, HttpStatusCode.NotFound)]
    [InlineData("clinic", "PUT", "/consents", "application/json", "{}", HttpStatusCode.MethodNotAllowed)]
    [InlineData("clinic", "POST", "/consents", "text/plain", "scopes=medication", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("clinic", "POST", "/consents", "application/json", "{", HttpStatusCode.BadRequest)]
    [InlineData("clinic", "POST", "/consents", "application/json", "{}", HttpStatusCode.BadRequest)]
    [InlineData("clinic", "POST", "/consents/1/revoke", null, null, HttpStatusCode.NotFound)]
    [InlineData("anonymous", "POST", "/auth/token", "application/x-www-form-urlencoded", "grant_type=client_credentials", HttpStatusCode.Unauthorized)]
    public async Task Every_error_answer_carries_its_status_a_code_and_both_messages(
        string caller, string method, string path, string? mediaType, string? body, HttpStatusCode status)
    {
        using var client = await ClientAsync(caller);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, mediaType!);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json.ReadAsync(response);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Matches("^[A-Z][A-Z_]+$", problem.Str("code"));
        Assert.False(string.IsNullOrWhiteSpace(problem.Str("messageJa")));
        Assert.False(string.IsNullOrWhiteSpace(problem.Str("messageEn")));
    }

    private async Task<HttpClient> ClientAsync(string caller) => caller switch
    {
        "anonymous" => Server.Anonymous(),
        "admin" => await Server.AsAdminAsync(),
        _ => (await Server.NewOrganizationAsync(caller)).Client,
    };

    /// <summary>
    /// A client that, after sending "Expect: 100-continue", waits for the server's word however long it takes, so that
    /// the body is sent only if the server asks for it.
    /// </summary>
    private async Task<HttpClient> ExpectingContinueAsync(string caller)
    {
        using var template = await ClientAsync(caller);
        var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = Server.BaseAddress,
            Timeout = TimeSpan.FromMinutes(1),
        };
        client.DefaultRequestHeaders.Authorization = template.DefaultRequestHeaders.Authorization;
        return client;
    }

    /// <summary>A JSON body that announces <paramref name="declaredLength"/> bytes (zeros) and records whether it was sent.</summary>
    private sealed class TrackedBody : HttpContent
    {
        private readonly long declaredLength;

        public TrackedBody(long declaredLength)
        {
            this.declaredLength = declaredLength;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        public bool WasSent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            WasSent = true;
            await stream.WriteAsync(new byte[declaredLength]);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = declaredLength;
            return true;
        }
    }
}

public sealed class RequestBodyOnSqlite(SqliteServer server) : RequestBodyTests(server), IClassFixture<SqliteServer>;

public sealed class RequestBodyOnPostgres(PostgresServer server) : RequestBodyTests(server), IClassFixture<PostgresServer>;
