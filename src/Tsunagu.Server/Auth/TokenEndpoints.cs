using System.Text;
using Microsoft.AspNetCore.Mvc;
using Tsunagu.Domain.Errors;
using Tsunagu.Server.Errors;
using Tsunagu.Storage.Clients;

namespace Tsunagu.Server.Auth;

/// <summary>POST /auth/token: OAuth2 client_credentials, form-encoded, client authenticated in the body or by HTTP Basic.</summary>
public static class TokenEndpoints
{
    public static void MapTokenEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/auth/token", IssueAsync)
            .WithTags("Authentication")
            .WithSummary("Exchange client credentials for an access token")
            .DisableAntiforgery()
            .AllowAnyone();

    private static async Task<IResult> IssueAsync(
        [FromForm(Name = "grant_type")] string? grantType,
        [FromForm(Name = "client_id")] string? clientId,
        [FromForm(Name = "client_secret")] string? clientSecret,
        HttpRequest request,
        ApiClientStore clients,
        AdminCredentials admin,
        TokenIssuer issuer,
        CancellationToken cancellationToken)
    {
        if (grantType != "client_credentials")
        {
            return new OAuthProblem(HttpErrors.UnsupportedGrantType, "unsupported_grant_type");
        }

        (clientId, clientSecret) = FromBasicAuthorization(request) ?? (clientId, clientSecret);
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(clientSecret))
        {
            return new OAuthProblem(HttpErrors.InvalidClient, "invalid_client");
        }

        if (admin.Matches(clientId, clientSecret))
        {
            return Issued(issuer, AdminCredentials.ClientId, null, Roles.Admin);
        }

        var client = clientId == AdminCredentials.ClientId ? null : await clients.GetAsync(clientId, cancellationToken);
        return client is not null && ClientSecrets.Matches(clientSecret, client.SecretHash)
            ? Issued(issuer, client.ClientId, client.OrganizationCode, client.Role)
            : new OAuthProblem(HttpErrors.InvalidClient, "invalid_client");
    }

    private static IResult Issued(TokenIssuer issuer, string clientId, string? organization, string role) =>
        Results.Ok(new TokenResponse(issuer.Issue(clientId, organization, role), "Bearer", (int)issuer.Lifetime.TotalSeconds));

    private static (string?, string?)? FromBasicAuthorization(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>A problem+json that also carries the RFC 6749 "error" member OAuth clients look for.</summary>
    private sealed class OAuthProblem(ErrorCode error, string oauthError) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => Problems.WriteAsync(httpContext, error, oauthError: oauthError);
    }
}
