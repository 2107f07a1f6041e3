using System.Text.Json.Serialization;

namespace Tsunagu.Server.Auth;

/// <summary>The OAuth2 token response (RFC 6749 §5.1).</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
