using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Storage.Pki;

/// <summary>
/// Reads and writes certificate files: PKCS#12 (<c>.p12</c>/<c>.pfx</c>, certificate with private key, as a
/// 医師's HPKI card or セカンド電子証明書 would hold it) and plain certificates (<c>.cer</c>/<c>.crt</c>/<c>.pem</c>, DER or PEM).
/// </summary>
public static class CertificateFiles
{
    private static readonly Pkcs12ExportPbeParameters Encryption = Pkcs12ExportPbeParameters.Pbes2Aes256Sha256;

    /// <summary>True for the PKCS#12 extensions <c>.p12</c> and <c>.pfx</c>.</summary>
    public static bool IsPkcs12(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".p12" or ".pfx";

    /// <summary>Loads a PKCS#12 file (with its private key) or, for any other extension, a DER or PEM certificate.</summary>
    public static ValidationResult<X509Certificate2> Load(string path, string? password)
    {
        try
        {
            var certificate = IsPkcs12(path)
                ? X509CertificateLoader.LoadPkcs12FromFile(path, password ?? "", X509KeyStorageFlags.Exportable)
                : X509CertificateLoader.LoadCertificateFromFile(path);
            return ValidationResult<X509Certificate2>.Valid(certificate);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return ValidationResult<X509Certificate2>.Invalid([new FieldError(PkiStorageErrors.FileUnreadable, path, Detail: e.Message)]);
        }
    }

    /// <summary>Writes the certificate and its private key as PKCS#12 (PBES2, AES-256, SHA-256), mode 0600.</summary>
    public static void WritePkcs12(string path, X509Certificate2 certificate, string? password)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        DataFile.Write(path, certificate.ExportPkcs12(Encryption, password ?? ""), secret: true);
    }

    /// <summary>Writes the public certificate as PEM.</summary>
    public static void WritePem(string path, X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        DataFile.Write(path, System.Text.Encoding.ASCII.GetBytes(certificate.ExportCertificatePem() + "\n"), secret: false);
    }
}
