using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Auth;

/// <summary>
/// Reads the running server's endpoints rather than a list kept here, so an endpoint added later is checked too:
/// each must say who may call it, and each one that names roles must refuse every other role.
/// </summary>
public abstract class EndpointRuleTests(TsunaguServerFixture server) : ServerTests(server)
{
    [Fact]
    public void Every_endpoint_either_allows_anyone_or_names_the_roles_it_allows()
    {
        var endpoints = Endpoints();

        var unruled = endpoints.Where(e => IsAnonymous(e) == AllowedRoles(e).Count > 0).Select(Describe).ToList();

        Assert.Empty(unruled);
        Assert.Contains(endpoints, IsAnonymous);
        Assert.Contains(endpoints, e => AllowedRoles(e).Count > 0);
    }

    [Fact]
    public async Task Every_endpoint_with_roles_answers_403_to_every_other_role()
    {
        var clients = await ClientsByRoleAsync();
        var checkedCalls = 0;
        var wrong = new List<string>();

        foreach (var endpoint in Endpoints().Where(e => AllowedRoles(e).Count > 0))
        {
            foreach (var role in Roles.All.Except(AllowedRoles(endpoint)))
            {
                var response = await clients[role].SendAsync(Request(endpoint));
                checkedCalls++;
                if (response.StatusCode != HttpStatusCode.Forbidden || !(await response.Content.ReadAsStringAsync()).Contains("AUTH_FORBIDDEN", StringComparison.Ordinal))
                {
                    wrong.Add($"{role} on {Describe(endpoint)}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(wrong);
        Assert.True(checkedCalls >= Roles.All.Count);
    }

    private IReadOnlyList<RouteEndpoint> Endpoints() => [.. Server.Service<EndpointDataSource>().Endpoints.Cast<RouteEndpoint>()];

    private static bool IsAnonymous(Endpoint endpoint) => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    private static HashSet<string> AllowedRoles(Endpoint endpoint) =>
    [
        .. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .SelectMany(a => (a.Roles ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
    ];

    private static string Method(Endpoint endpoint) => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is [var first, ..] ? first : HttpMethods.Get;

    private static string Describe(RouteEndpoint endpoint) => $"{Method(endpoint)} {endpoint.RoutePattern.RawText}";

    /// <summary>A call of the endpoint with "1" for every route parameter (it satisfies the numeric constraints in use) and an empty JSON object as body.</summary>
    private static HttpRequestMessage Request(RouteEndpoint endpoint)
    {
        var path = string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "1",
        }))));
        var method = new HttpMethod(Method(endpoint));
        return new HttpRequestMessage(method, "/" + path)
        {
            Content = method == HttpMethod.Get ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
        };
    }

    /// <summary>A client holding a token of each role: admin, and a new organization of every kind.</summary>
    private async Task<Dictionary<string, HttpClient>> ClientsByRoleAsync()
    {
        var clients = new Dictionary<string, HttpClient> { [Roles.Admin] = await Server.AsAdminAsync() };
        foreach (var kind in Roles.All.Except([Roles.Admin]))
        {
            clients[kind] = (await Server.NewOrganizationAsync(kind)).Client;
        }

        return clients;
    }
}

public sealed class EndpointRulesOnSqlite(SqliteServer server) : EndpointRuleTests(server), IClassFixture<SqliteServer>;

public sealed class EndpointRulesOnPostgres(PostgresServer server) : EndpointRuleTests(server), IClassFixture<PostgresServer>;
