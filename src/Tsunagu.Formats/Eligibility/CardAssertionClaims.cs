namespace Tsunagu.Formats.Eligibility;

/// <summary>Names inside a card assertion JWS.</summary>
public static class CardAssertionClaims
{
    public const string Nonce = "nonce";
    public const string Facility = "facility";
    public const string Consents = "consents";
    public const string Verified = "verified";
    public const string CertificateChain = "x5c";
}
