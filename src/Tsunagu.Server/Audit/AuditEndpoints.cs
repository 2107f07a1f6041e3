using Tsunagu.Server.Auth;
using Tsunagu.Storage.Audit;

namespace Tsunagu.Server.Audit;

/// <summary>GET /admin/audit: the audit trail for administrators, newest first, with filters.</summary>
public static class AuditEndpoints
{
    public const int MaxLimit = 1_000;

    public static void MapAuditEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/admin/audit", QueryAsync)
            .WithTags("Audit")
            .WithSummary("Audit records, newest first (?organization=&person=&action=&from=&to=&limit=)")
            .AllowRoles(Roles.Admin);

    private static async Task<IResult> QueryAsync(
        string? organization, long? person, string? action, DateTimeOffset? from, DateTimeOffset? to, int? limit,
        AuditStore store, CancellationToken cancellationToken)
    {
        var records = await store.QueryAsync(new AuditQuery(organization, person, action, from, to, Math.Clamp(limit ?? 100, 1, MaxLimit)), cancellationToken);
        return Results.Ok(records.Select(AuditRecordView.From));
    }
}
