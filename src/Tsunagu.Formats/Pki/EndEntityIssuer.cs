using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Formats.Pki;

/// <summary>Issues RSA 2048 signing certificates (署名用電子証明書) under a CA: digitalSignature and nonRepudiation.</summary>
internal static class EndEntityIssuer
{
    private const int KeySize = 2048;

    public static X509Certificate2 Issue(X509Certificate2 authority, CertificateHolder holder, CertificateValidity validity)
    {
        using var key = RSA.Create(KeySize);
        var request = new CertificateRequest(HolderDistinguishedName.Build(holder), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        using var certificate = request.Create(authority, validity.NotBefore, validity.NotAfter, CertificateSerial.NewRandom());
        return certificate.CopyWithPrivateKey(key);
    }
}
