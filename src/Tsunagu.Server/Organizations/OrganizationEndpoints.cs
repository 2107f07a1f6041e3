using Tsunagu.Domain.Organizations;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Errors;
using Tsunagu.Storage.Organizations;

namespace Tsunagu.Server.Organizations;

/// <summary>/admin/organizations: register, list and read organizations (admin only).</summary>
public static class OrganizationEndpoints
{
    public const int MaxPageSize = 500;

    public static void MapOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/organizations").WithTags("Organizations").AllowRoles(Roles.Admin);
        group.MapPost("/", CreateAsync).WithSummary("Register a facility, insurer or municipality and create its API client");
        group.MapGet("/", ListAsync).WithSummary("List organizations in code order (keyset pages: ?after=CODE)");
        group.MapGet("/{code}", GetAsync).WithSummary("Read one organization");
    }

    private static async Task<IResult> CreateAsync(OrganizationRequest request, Caller caller, OrganizationRegistrar registrar, CancellationToken cancellationToken)
    {
        var (created, errors) = await registrar.RegisterAsync(
            new OrganizationDraft(request.Kind, request.Code, request.Name, request.Beds, request.LargeChain), caller, cancellationToken);
        return created is null ? Problems.Of(errors) : Results.Created($"/admin/organizations/{created.Code}", created);
    }

    private static async Task<IResult> ListAsync(string? kind, string? after, int? limit, OrganizationStore store, CancellationToken cancellationToken)
    {
        OrganizationKind? filter = null;
        if (kind is not null)
        {
            if (!OrganizationKinds.TryParse(kind, out var parsed))
            {
                return Problems.Of([new Domain.Errors.FieldError(OrganizationErrors.UnknownKind, "kind", Detail: kind)]);
            }

            filter = parsed;
        }

        var page = await store.ListAsync(filter, after, Math.Clamp(limit ?? 100, 1, MaxPageSize), cancellationToken);
        return Results.Ok(page.Select(OrganizationView.From));
    }

    private static async Task<IResult> GetAsync(string code, OrganizationStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(code, cancellationToken) is { } organization
            ? Results.Ok(OrganizationView.From(organization))
            : Problems.Of(OrganizationErrors.NotFound, detail: code);
}
