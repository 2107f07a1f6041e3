using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Pki;

namespace Tsunagu.Storage.Pki;

/// <summary>
/// Reads trust sources from disk into <see cref="TrustMaterial"/>. A CA certificate that cannot be read leaves that CA
/// untrusted; a CRL that is missing or refused leaves its CA trusted but failing the revocation check (fail closed).
/// </summary>
internal static class TrustLoader
{
    private const string CrlPemLabel = "X509 CRL";

    public static (TrustMaterial Material, IReadOnlyList<FieldError> Problems) Load(IReadOnlyList<TrustSource> sources)
    {
        var problems = new List<FieldError>();
        var anchors = new List<TrustAnchor>();
        foreach (var source in sources)
        {
            if (!File.Exists(source.CertificatePath))
            {
                problems.Add(new FieldError(PkiStorageErrors.AuthorityMissing, source.CertificatePath));
                continue;
            }

            var certificate = CertificateFiles.Load(source.CertificatePath, password: null);
            if (!certificate.IsValid)
            {
                problems.AddRange(certificate.Errors);
                continue;
            }

            anchors.Add(new TrustAnchor(source.Scheme, certificate.Value!, ReadRevocationList(source.RevocationListPath, problems)));
        }

        var material = TrustMaterial.Create(anchors);
        return (material, [.. problems, .. material.Problems]);
    }

    private static byte[]? ReadRevocationList(string path, List<FieldError> problems)
    {
        try
        {
            return PemOrDer.Read(path, CrlPemLabel);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or CryptographicException)
        {
            problems.Add(new FieldError(PkiStorageErrors.FileUnreadable, path, Detail: e.Message));
            return null;
        }
    }
}
