namespace Tsunagu.Server.Auth;

/// <summary>Claim names in Tsunagu access tokens.</summary>
public static class TokenClaims
{
    public const string Subject = "sub";
    public const string Organization = "org";
    public const string Role = "role";
    public const string Issuer = "tsunagu";
    public const string Audience = "tsunagu-api";
}
