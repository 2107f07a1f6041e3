using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Formats.Pki;

/// <summary>
/// A trusted root CA (信頼する認証局) of one scheme — HPKI or 公的個人認証 — with the DER bytes of its current
/// certificate revocation list (CRL), if one is available. Only the public certificate is needed.
/// </summary>
public sealed record TrustAnchor(TrustScheme Scheme, X509Certificate2 Certificate, byte[]? RevocationList = null);
