using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tsunagu.Server.Hosting;

namespace Tsunagu.Server.Auth;

/// <summary>Issues signed JWT access tokens (RS256) carrying the client, its organization code and its role.</summary>
public sealed class TokenIssuer(SigningKeyRing keys, TsunaguOptions options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler handler = new();

    public TimeSpan Lifetime => TimeSpan.FromMinutes(options.TokenMinutes);

    public string Issue(string clientId, string? organizationCode, string role)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim> { new(TokenClaims.Subject, clientId), new(TokenClaims.Role, role) };
        if (organizationCode is not null)
        {
            claims.Add(new Claim(TokenClaims.Organization, organizationCode));
        }

        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenClaims.Issuer,
            Audience = TokenClaims.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(keys.Current, SecurityAlgorithms.RsaSha256),
        });
    }
}
