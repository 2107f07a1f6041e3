using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>Eligibility checks (POST /eligibility/check) as a facility sends them.</summary>
public static class Checks
{
    public static Task<HttpResponseMessage> CheckAsync(this TestOrganization facility, JsonObject body) =>
        facility.Client.PostAsJsonAsync("/eligibility/check", body);

    /// <summary>The answer of a check that must succeed: 200, application/json.</summary>
    public static async Task<JsonElement> CheckedAsync(this TestOrganization facility, JsonObject body) => await AnswerAsync(await facility.CheckAsync(body));

    /// <summary>The body of an answer that must be 200 with application/json.</summary>
    public static async Task<JsonElement> AnswerAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await Json.ReadAsync(response);
    }

    /// <summary>The one coverage a check reported.</summary>
    public static JsonElement Coverage(this JsonElement answer) => Assert.Single(answer.GetProperty("resultList").EnumerateArray());
}
