using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Pki;

/// <summary>
/// A test certificate authority (認証局) for one <see cref="TrustScheme"/>: the HPKI-like CA issues 医師/薬剤師
/// certificates, the JPKI-like (公的個人認証) CA issues patients' certificates. Holds the CA's private key;
/// issues end-entity certificates and signs its CRLs (see <see cref="RevocationListIssuer"/>).
/// </summary>
public sealed class CertificateAuthority : IDisposable
{
    private const int KeySize = 3072;

    private CertificateAuthority(TrustScheme scheme, X509Certificate2 certificate)
    {
        Scheme = scheme;
        Certificate = certificate;
    }

    public TrustScheme Scheme { get; }

    /// <summary>The self-signed CA certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The CA's validity period.</summary>
    public CertificateValidity Validity => new(Certificate.NotBefore, Certificate.NotAfter);

    /// <summary>The subject of the scheme's test CA, e.g. <c>CN=Tsunagu Test HPKI CA, O=Tsunagu Test PKI, C=JP</c>.</summary>
    public static X500DistinguishedName DefaultSubject(TrustScheme scheme)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCommonName($"Tsunagu Test {scheme.ToString().ToUpperInvariant()} CA");
        return HolderDistinguishedName.AddOrganization(builder).Build();
    }

    /// <summary>Creates a new self-signed RSA 3072 CA: basicConstraints CA (path length 0), keyCertSign and cRLSign.</summary>
    public static CertificateAuthority Create(TrustScheme scheme, CertificateValidity validity, X500DistinguishedName? subject = null)
    {
        ArgumentNullException.ThrowIfNull(validity);
        using var key = RSA.Create(KeySize);
        var request = new CertificateRequest(subject ?? DefaultSubject(scheme), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return new CertificateAuthority(scheme, request.CreateSelfSigned(validity.NotBefore, validity.NotAfter));
    }

    /// <summary>Wraps a CA certificate loaded from storage; it must carry its private key. Takes ownership of the certificate.</summary>
    public static CertificateAuthority FromCertificate(TrustScheme scheme, X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.HasPrivateKey
            ? new CertificateAuthority(scheme, certificate)
            : throw new ArgumentException("The CA certificate has no private key.", nameof(certificate));
    }

    /// <summary>
    /// Issues an RSA 2048 end-entity certificate (with its private key) for <paramref name="holder"/>, whose role must
    /// belong to this CA's scheme and whose validity must lie within the CA's. The serial is 16 random bytes.
    /// </summary>
    public ValidationResult<X509Certificate2> Issue(CertificateHolder holder, CertificateValidity validity)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(validity);
        if (CertificateRoles.SchemeOf(holder.Role) != Scheme)
        {
            return Failure.Of<X509Certificate2>(PkiErrors.RoleNotIssuedByScheme, "role", $"{holder.Role} is not issued by the {Scheme} CA");
        }

        return validity.IsOrdered && validity.IsWithin(Validity)
            ? ValidationResult<X509Certificate2>.Valid(EndEntityIssuer.Issue(Certificate, holder, validity))
            : Failure.Of<X509Certificate2>(PkiErrors.ValidityInvalid, "validity", $"CA valid {Validity.NotBefore:u} to {Validity.NotAfter:u}");
    }

    /// <summary>True when <paramref name="certificate"/> names this CA as issuer and its signature verifies with the CA's key.</summary>
    public bool HasIssued(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.IssuerName.RawData.AsSpan().SequenceEqual(Certificate.SubjectName.RawData)
            && SignedAsn1.Parse(certificate.RawDataMemory).IsSignedBy(Certificate);
    }

    /// <summary>Signs this CA's first CRL: no entries, cRLNumber 1.</summary>
    public byte[] CreateRevocationList(DateTimeOffset thisUpdate, DateTimeOffset nextUpdate) =>
        RevocationListIssuer.CreateEmpty(Certificate, thisUpdate, nextUpdate);

    /// <summary>
    /// Adds <paramref name="serials"/> to this CA's current CRL and signs it with the next cRLNumber.
    /// The current CRL must verify against this CA; serials already listed are kept once.
    /// </summary>
    public ValidationResult<byte[]> Revoke(byte[] currentCrl, IEnumerable<byte[]> serials, DateTimeOffset revokedAt, DateTimeOffset nextUpdate) =>
        RevocationListIssuer.Extend(Certificate, currentCrl, serials, revokedAt, nextUpdate);

    /// <summary>The CA as a trust anchor: its certificate without the private key, plus its current CRL (DER) if any.</summary>
    public TrustAnchor ToTrustAnchor(byte[]? revocationList = null) =>
        new(Scheme, X509CertificateLoader.LoadCertificate(Certificate.RawData), revocationList);

    public void Dispose() => Certificate.Dispose();
}
