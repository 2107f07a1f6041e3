using Microsoft.AspNetCore.Authorization;

namespace Tsunagu.Server.Auth;

/// <summary>The two ways an endpoint declares who may call it; an endpoint with neither fails the startup check.</summary>
public static class EndpointAuthorization
{
    public static TBuilder AllowRoles<TBuilder>(this TBuilder builder, params IEnumerable<string> roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizeAttribute { Roles = string.Join(',', roles) });

    /// <summary>For the few public endpoints: health, metadata, the token endpoint, the API description.</summary>
    public static TBuilder AllowAnyone<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymous();
}
