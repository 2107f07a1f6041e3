using System.Net;
using System.Text.Json;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>Reads the audit trail as the admin sees it on the wire (GET /admin/audit, newest first).</summary>
public static class AuditLog
{
    /// <param name="query">The query string without its '?', e.g. <c>organization=1310100010&amp;action=eligibility.check</c>.</param>
    public static async Task<List<JsonElement>> AuditAsync(this TsunaguServerFixture server, string query)
    {
        using var admin = await server.AsAdminAsync();
        var response = await admin.GetAsync($"/admin/audit?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await Json.ReadAsync(response)).EnumerateArray()];
    }
}
