using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Formats.Eligibility;

/// <summary>
/// What a My Number card signed at the reader: the server's one-time nonce, the facility, the patient's choices and
/// how they were verified — with the card's certificate (JPKI-like 利用者証明用電子証明書) that signed it.
/// </summary>
public sealed record CardAssertion(
    string Nonce,
    string FacilityCode,
    CardConsents Consents,
    CardVerification Verification,
    DateTimeOffset SignedAt,
    X509Certificate2 Certificate);
