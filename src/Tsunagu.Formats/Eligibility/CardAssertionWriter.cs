using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Tsunagu.Formats.Eligibility;

/// <summary>
/// Makes a card assertion as a card reader would: a compact JWS (RS256) signed with the card's key, carrying the
/// card's certificate in the x5c header and the nonce, facility, consents and verification in its payload.
/// </summary>
public static class CardAssertionWriter
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string Create(X509Certificate2 card, string nonce, string facilityCode, CardConsents consents, CardVerification verification, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(consents);
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>
            {
                [CardAssertionClaims.Nonce] = nonce,
                [CardAssertionClaims.Facility] = facilityCode,
                [CardAssertionClaims.Consents] = consents.ToNames().ToArray(),
                [CardAssertionClaims.Verified] = verification.ToString().ToLowerInvariant(),
            },
            IssuedAt = at.UtcDateTime,
            AdditionalHeaderClaims = new Dictionary<string, object> { [CardAssertionClaims.CertificateChain] = new[] { Convert.ToBase64String(card.RawData) } },
            SigningCredentials = new SigningCredentials(new X509SecurityKey(card), SecurityAlgorithms.RsaSha256),
        });
    }
}
