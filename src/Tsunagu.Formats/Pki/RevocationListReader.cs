using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Pki;

/// <summary>
/// Reads a DER certificate revocation list (証明書失効リスト, CRL): parses it with <see cref="System.Formats.Asn1"/>,
/// checks that it names the CA as issuer and that its signature verifies with the CA's public key.
/// A CRL that fails any check is refused; nothing of it is trusted.
/// </summary>
public static class RevocationListReader
{
    private const string Field = "crl";

    public static ValidationResult<RevocationList> Read(ReadOnlyMemory<byte> der, X509Certificate2 issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        SignedAsn1 signed;
        RevocationListContent content;
        try
        {
            signed = SignedAsn1.Parse(der);
            content = RevocationListContent.Parse(signed.ToBeSigned);
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException)
        {
            return Failure.Of<RevocationList>(PkiErrors.CrlMalformed, Field, e.Message);
        }

        if (content.SignatureAlgorithm != signed.Algorithm)
        {
            return Failure.Of<RevocationList>(PkiErrors.CrlMalformed, Field, "the inner and outer signature algorithms differ");
        }

        if (!content.Issuer.Span.SequenceEqual(issuer.SubjectName.RawData))
        {
            return Failure.Of<RevocationList>(PkiErrors.CrlWrongIssuer, Field, issuer.Subject);
        }

        return signed.IsSignedBy(issuer)
            ? ValidationResult<RevocationList>.Valid(new RevocationList(content.Number, content.ThisUpdate, content.NextUpdate, content.RevokedSerials))
            : Failure.Of<RevocationList>(PkiErrors.CrlSignatureInvalid, Field, issuer.Subject);
    }
}
