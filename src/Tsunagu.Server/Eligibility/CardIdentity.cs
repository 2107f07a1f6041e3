using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Server.Eligibility;

/// <summary>A card certificate's identifier in card_links: SHA-256 of its DER encoding, in lowercase hex.</summary>
public static class CardIdentity
{
    public static string Of(X509Certificate2 certificate) => Convert.ToHexStringLower(SHA256.HashData(certificate.RawData));
}
