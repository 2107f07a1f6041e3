using System.Reflection;
using System.Security.Claims;

namespace Tsunagu.Server.Auth;

/// <summary>
/// Who is calling, from the validated access token: the client, its organization (none for admin) and its role.
/// Endpoints take it as a parameter; it binds itself from the request.
/// </summary>
public sealed record Caller(string ClientId, string? OrganizationCode, string Role)
{
    public bool IsAdmin => Role == Roles.Admin;

    /// <summary>The organization code, for operations that only organizations (never admin) may call.</summary>
    public string Organization => OrganizationCode ?? throw new InvalidOperationException("This operation needs an organization's token.");

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(TokenClaims.Subject) ?? throw new InvalidOperationException("The token has no subject."),
        user.FindFirstValue(TokenClaims.Organization),
        user.FindFirstValue(TokenClaims.Role) ?? throw new InvalidOperationException("The token has no role."));

    public static ValueTask<Caller?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<Caller?>(From(context.User));
}
