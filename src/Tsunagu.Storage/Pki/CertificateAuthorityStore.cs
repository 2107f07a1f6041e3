using System.Security.Cryptography.X509Certificates;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Pki;

namespace Tsunagu.Storage.Pki;

/// <summary>
/// The test CAs (HPKI and 公的個人認証 stand-ins) kept in the data folder's <see cref="PkiFolder"/>: creating them,
/// loading one to issue certificates, and revoking certificates by re-signing its CRL.
/// </summary>
public sealed class CertificateAuthorityStore(PkiFolder folder)
{
    /// <summary>How long each CRL written here stays current; re-issued by every revocation.</summary>
    public static readonly TimeSpan RevocationListLifetime = TimeSpan.FromDays(365);

    public PkiFolder Folder { get; } = folder;

    public bool Exists(TrustScheme scheme) => File.Exists(Folder.AuthorityKeyFile(scheme));

    /// <summary>
    /// Creates both CAs with empty CRLs and returns the files written. Refuses (<see cref="PkiStorageErrors.AuthorityExists"/>)
    /// when either CA exists, unless <paramref name="force"/>.
    /// </summary>
    public ValidationResult<IReadOnlyList<string>> Initialize(bool force, DateTimeOffset now)
    {
        var schemes = Enum.GetValues<TrustScheme>();
        if (!force && schemes.Any(Exists))
        {
            return ValidationResult<IReadOnlyList<string>>.Invalid([new FieldError(PkiStorageErrors.AuthorityExists, "force", Detail: Folder.Path)]);
        }

        var written = new List<string>();
        foreach (var scheme in schemes)
        {
            using var authority = CertificateAuthority.Create(scheme, CertificateValidity.ForTestAuthority(now));
            CertificateFiles.WritePkcs12(Folder.AuthorityKeyFile(scheme), authority.Certificate, password: null);
            CertificateFiles.WritePem(Folder.AuthorityCertificateFile(scheme), authority.Certificate);
            DataFile.Write(Folder.RevocationListFile(scheme), authority.CreateRevocationList(now, now + RevocationListLifetime), secret: false);
            written.AddRange([Folder.AuthorityKeyFile(scheme), Folder.AuthorityCertificateFile(scheme), Folder.RevocationListFile(scheme)]);
        }

        return ValidationResult<IReadOnlyList<string>>.Valid(written);
    }

    /// <summary>Loads the scheme's CA with its private key; the caller disposes it.</summary>
    public ValidationResult<CertificateAuthority> Load(TrustScheme scheme)
    {
        if (!Exists(scheme))
        {
            return ValidationResult<CertificateAuthority>.Invalid([new FieldError(PkiStorageErrors.AuthorityMissing, "scheme", Detail: Folder.AuthorityKeyFile(scheme))]);
        }

        var certificate = CertificateFiles.Load(Folder.AuthorityKeyFile(scheme), password: null);
        return certificate.IsValid
            ? ValidationResult<CertificateAuthority>.Valid(CertificateAuthority.FromCertificate(scheme, certificate.Value!))
            : ValidationResult<CertificateAuthority>.Invalid(certificate.Errors);
    }

    /// <summary>The scheme of the stored CA that issued <paramref name="certificate"/>, or <see cref="PkiErrors.NotIssuedByAuthority"/>.</summary>
    public ValidationResult<TrustScheme> FindIssuer(X509Certificate2 certificate)
    {
        foreach (var scheme in Enum.GetValues<TrustScheme>().Where(Exists))
        {
            using var authority = Load(scheme).Value;
            if (authority?.HasIssued(certificate) == true)
            {
                return ValidationResult<TrustScheme>.Valid(scheme);
            }
        }

        return ValidationResult<TrustScheme>.Invalid([new FieldError(PkiErrors.NotIssuedByAuthority, "cert", Detail: certificate.Issuer)]);
    }

    /// <summary>
    /// Adds <paramref name="serial"/> to the scheme's CRL, re-signed with the next CRL number, and returns the new list.
    /// A missing CRL file is started afresh.
    /// </summary>
    public ValidationResult<RevocationList> Revoke(TrustScheme scheme, byte[] serial, DateTimeOffset now)
    {
        var loaded = Load(scheme);
        if (!loaded.IsValid)
        {
            return ValidationResult<RevocationList>.Invalid(loaded.Errors);
        }

        using var authority = loaded.Value!;
        var path = Folder.RevocationListFile(scheme);
        var current = File.Exists(path) ? File.ReadAllBytes(path) : authority.CreateRevocationList(now, now + RevocationListLifetime);
        var revoked = authority.Revoke(current, [serial], now, now + RevocationListLifetime);
        if (!revoked.IsValid)
        {
            return ValidationResult<RevocationList>.Invalid(revoked.Errors);
        }

        DataFile.Write(path, revoked.Value, secret: false);
        return RevocationListReader.Read(revoked.Value!, authority.Certificate);
    }
}
