using Tsunagu.Formats.Pki;

namespace Tsunagu.Storage.Pki;

/// <summary>One trusted CA (信頼する認証局) for <see cref="TrustStore"/>: its certificate file (PEM or DER) and its CRL file (DER or PEM).</summary>
public sealed record TrustSource(TrustScheme Scheme, string CertificatePath, string RevocationListPath);
