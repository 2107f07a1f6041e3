using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Errors;

namespace Tsunagu.Server.Emergency;

/// <summary>POST /emergency-access: hospitals only (救急時医療情報閲覧).</summary>
public static class EmergencyEndpoints
{
    public static void MapEmergencyEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/emergency-access", GrantAsync)
            .WithTags("Eligibility")
            .WithSummary("Emergency viewing without consent (hospitals), by card assertion or four facts, with a reason")
            .AllowRoles(Roles.Hospital);

    private static async Task<IResult> GrantAsync(EmergencyAccessRequest request, Caller caller, EmergencyAccessService emergency, CancellationToken cancellationToken)
    {
        var (grant, errors) = await emergency.GrantAsync(request, AuditActor.Of(caller), cancellationToken);
        return grant is null ? Problems.Of(errors) : Results.Created($"/emergency-access/{grant.GrantId}", grant);
    }
}
