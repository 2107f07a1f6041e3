using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Formats.Pki;

/// <summary>Whether a certificate may sign documents (署名用): not a CA, and, when key usage is stated, digitalSignature or nonRepudiation.</summary>
internal static class SigningUsage
{
    private const X509KeyUsageFlags Signing = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation;

    public static bool Allows(X509Certificate2 certificate)
    {
        var constraints = certificate.Extensions.OfType<X509BasicConstraintsExtension>().SingleOrDefault();
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().SingleOrDefault();
        return constraints?.CertificateAuthority != true && (usage is null || (usage.KeyUsages & Signing) != 0);
    }
}
