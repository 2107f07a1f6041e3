using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>Bulk pre-checks (資格確認一括照会) as a facility submits and polls them.</summary>
public static class BulkChecks
{
    /// <summary>POST /eligibility/bulk-checks with the queries as one JSON array (copies, so the caller may reuse them).</summary>
    public static Task<HttpResponseMessage> SubmitBulkAsync(this TestOrganization facility, IEnumerable<JsonObject> queries) =>
        facility.Client.PostAsJsonAsync("/eligibility/bulk-checks", new JsonArray([.. queries.Select(q => q.DeepClone())]));

    /// <summary>GET /eligibility/bulk-checks/{id}.</summary>
    public static Task<HttpResponseMessage> BulkStatusAsync(this TestOrganization facility, string id) =>
        facility.Client.GetAsync($"/eligibility/bulk-checks/{id}");

    /// <summary>Polls the job until its status is "done" and returns that answer.</summary>
    public static Task<JsonElement> DoneAsync(this TestOrganization facility, string id) =>
        Polling.UntilAsync(
            async () => await Checks.AnswerAsync(await facility.BulkStatusAsync(id)),
            status => status.Str("status") == "done",
            $"bulk check {id} is done");

    /// <summary>The qualificationValidity of each result of a finished job, in order.</summary>
    public static IEnumerable<string> Validities(this JsonElement done) =>
        done.GetProperty("results").EnumerateArray().Select(r => r.Str("qualificationValidity"));
}
