using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Errors;

namespace Tsunagu.Server.Consents;

/// <summary>/consents: a facility records or revokes a patient's viewing consent.</summary>
public static class ConsentEndpoints
{
    public static void MapConsentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/consents").WithTags("Consent").AllowRoles(Roles.Facilities);
        group.MapPost("/", GrantAsync).WithSummary("Record a patient's viewing consent for the calling facility (24 h by default)");
        group.MapPost("/{id:long}/revoke", RevokeAsync).WithSummary("Revoke one of the calling facility's consents");
    }

    private static async Task<IResult> GrantAsync(ConsentRequest request, Caller caller, ConsentService consents, CancellationToken cancellationToken)
    {
        var (grant, errors) = await consents.GrantAsync(request, AuditActor.Of(caller), cancellationToken);
        return grant is null ? Problems.Of(errors) : Results.Created($"/consents/{grant.Id}", ConsentView.From(grant));
    }

    private static async Task<IResult> RevokeAsync(long id, Caller caller, ConsentService consents, CancellationToken cancellationToken) =>
        await consents.RevokeAsync(id, AuditActor.Of(caller), cancellationToken) is { } revoked
            ? Results.Ok(ConsentView.From(revoked))
            : Problems.Of(ConsentErrors.NotFound, detail: id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
