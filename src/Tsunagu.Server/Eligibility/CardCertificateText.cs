using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Server.Eligibility;

/// <summary>Reads a certificate sent as text: PEM (-----BEGIN CERTIFICATE-----) or base64 of its DER encoding.</summary>
public static class CardCertificateText
{
    public const int MaxLength = 16 * 1024;

    public static X509Certificate2? TryRead(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        try
        {
            return PemEncoding.TryFind(text, out var pem) && text[pem.Label] == "CERTIFICATE"
                ? X509CertificateLoader.LoadCertificate(Convert.FromBase64String(text[pem.Base64Data]))
                : X509CertificateLoader.LoadCertificate(Convert.FromBase64String(text.Trim()));
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException)
        {
            return null;
        }
    }
}
