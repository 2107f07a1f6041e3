namespace Tsunagu.Formats.Pki;

/// <summary>A trust anchor with its CRL once read and verified (null when absent or refused).</summary>
internal sealed record TrustedAuthority(TrustAnchor Anchor, RevocationList? RevocationList);
