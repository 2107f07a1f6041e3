using Microsoft.AspNetCore.Authorization;

namespace Tsunagu.Server.Auth;

/// <summary>The startup check behind <see cref="EndpointAuthorization"/>: an endpoint that names neither roles nor public access stops the server.</summary>
public static class EndpointRules
{
    public static void EnsureEveryEndpointDeclaresWhoMayCall(IEndpointRouteBuilder app)
    {
        var undeclared = app.DataSources
            .SelectMany(source => source.Endpoints)
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
                && !endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(rule => !string.IsNullOrEmpty(rule.Roles)))
            .Select(endpoint => endpoint.DisplayName)
            .ToList();
        if (undeclared.Count > 0)
        {
            throw new InvalidOperationException(
                $"Every endpoint must call AllowRoles(...) or AllowAnyone(); these do neither: {string.Join(", ", undeclared)}");
        }
    }
}
