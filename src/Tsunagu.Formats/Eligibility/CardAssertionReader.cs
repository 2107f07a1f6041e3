using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Eligibility;

/// <summary>
/// Reads a card assertion and checks that its signature verifies with the certificate it carries. Whether that
/// certificate is trustworthy (chain to the JPKI-like CA, validity, revocation) is the caller's next check.
/// </summary>
public static class CardAssertionReader
{
    public const int MaxLength = 16 * 1024;

    private static readonly JsonWebTokenHandler Handler = new();

    public static async Task<ValidationResult<CardAssertion>> ReadAsync(string? token, string field = "cardAssertion")
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > MaxLength || Parse(token) is not { } jwt || Certificate(jwt) is not { } certificate)
        {
            return Invalid(CardAssertionErrors.Malformed, field);
        }

        var validation = await Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = new X509SecurityKey(certificate),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        if (!validation.IsValid)
        {
            certificate.Dispose();
            return Invalid(CardAssertionErrors.SignatureInvalid, field);
        }

        return Read(jwt, certificate, field);
    }

    private static ValidationResult<CardAssertion> Read(JsonWebToken jwt, X509Certificate2 certificate, string field)
    {
        var nonce = jwt.TryGetPayloadValue<string>(CardAssertionClaims.Nonce, out var n) ? n : null;
        var facility = jwt.TryGetPayloadValue<string>(CardAssertionClaims.Facility, out var f) ? f : null;
        var names = jwt.TryGetPayloadValue<List<string>>(CardAssertionClaims.Consents, out var c) ? c : [];
        var verified = jwt.TryGetPayloadValue<string>(CardAssertionClaims.Verified, out var v) ? v : null;
        var (consents, unknown) = CardConsents.Parse(names);
        if (consents is null)
        {
            return Invalid(CardAssertionErrors.ConsentUnknown, field, unknown);
        }

        if (string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(facility) || !Enum.TryParse<CardVerification>(verified, ignoreCase: true, out var verification))
        {
            return Invalid(CardAssertionErrors.Malformed, field, "nonce, facility and verified (face or pin) are required");
        }

        return ValidationResult<CardAssertion>.Valid(new CardAssertion(nonce, facility, consents, verification, new DateTimeOffset(jwt.IssuedAt, TimeSpan.Zero), certificate));
    }

    private static JsonWebToken? Parse(string token)
    {
        try
        {
            return new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static X509Certificate2? Certificate(JsonWebToken jwt)
    {
        try
        {
            return jwt.TryGetHeaderValue<JsonElement>(CardAssertionClaims.CertificateChain, out var chain) && chain.ValueKind == JsonValueKind.Array && chain.GetArrayLength() > 0
                ? X509CertificateLoader.LoadCertificate(Convert.FromBase64String(chain[0].GetString() ?? string.Empty))
                : null;
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException or InvalidOperationException)
        {
            return null;
        }
    }

    private static ValidationResult<CardAssertion> Invalid(ErrorCode error, string field, string? detail = null) =>
        ValidationResult<CardAssertion>.Invalid([new FieldError(error, field, Detail: detail)]);
}
