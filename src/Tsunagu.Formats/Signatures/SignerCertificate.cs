using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Tsunagu.Formats.Pki;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// A signer's certificate from <c>KeyInfo</c> (署名者の電子証明書), its RSA public key and the
/// <c>SigningCertificateV2</c> reference that must name it, worked out once per distinct certificate: OpenSSL 3 spends about 170 µs decoding a certificate and as long again its key, and a doctor signs
/// hundreds of prescriptions with one certificate. Entries are shared by every caller and never disposed; the key is
/// only used to verify, which does not change it.
/// </summary>
internal sealed record SignerCertificate(X509Certificate2 Certificate, RSA? PublicKey, SigningCertificateReference Reference)
{
    private static readonly CertificateDigestCache<SignerCertificate> Known = new();

    /// <summary>The decoded certificate for <paramref name="der"/>; throws <see cref="CryptographicException"/> when it is not one.</summary>
    public static SignerCertificate Decode(byte[] der) => Known.GetOrAdd(der, der, static bytes => Create(bytes));

    private static SignerCertificate Create(byte[] der)
    {
        var certificate = X509CertificateLoader.LoadCertificate(der);
        return new SignerCertificate(certificate, certificate.GetRSAPublicKey(), SigningCertificateReference.Of(certificate));
    }
}
