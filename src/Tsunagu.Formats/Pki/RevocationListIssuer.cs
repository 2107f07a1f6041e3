using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Pki;

/// <summary>Signs a CA's certificate revocation lists (証明書失効リスト): a first empty one, then each extension with a larger cRLNumber.</summary>
internal static class RevocationListIssuer
{
    public static byte[] CreateEmpty(X509Certificate2 authority, DateTimeOffset thisUpdate, DateTimeOffset nextUpdate) =>
        Sign(new CertificateRevocationListBuilder(), authority, BigInteger.One, thisUpdate, nextUpdate);

    /// <summary>
    /// Verifies <paramref name="currentCrl"/> against the CA, adds the serials it does not list yet (revoked at
    /// <paramref name="revokedAt"/>, which also becomes thisUpdate), and signs it with the next CRL number.
    /// </summary>
    public static ValidationResult<byte[]> Extend(
        X509Certificate2 authority, byte[] currentCrl, IEnumerable<byte[]> serials, DateTimeOffset revokedAt, DateTimeOffset nextUpdate)
    {
        var current = RevocationListReader.Read(currentCrl, authority);
        if (!current.IsValid)
        {
            return Failure.From<byte[], RevocationList>(current);
        }

        var builder = CertificateRevocationListBuilder.Load(currentCrl, out var number);
        foreach (var serial in serials.Where(s => !current.Value!.IsRevoked(s)))
        {
            builder.AddEntry(serial, revokedAt);
        }

        return ValidationResult<byte[]>.Valid(Sign(builder, authority, number + 1, revokedAt, nextUpdate));
    }

    private static byte[] Sign(
        CertificateRevocationListBuilder builder, X509Certificate2 authority, BigInteger number, DateTimeOffset thisUpdate, DateTimeOffset nextUpdate) =>
        builder.Build(authority, number, nextUpdate, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, thisUpdate);
}
