using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// What XAdES <c>SigningCertificateV2/Cert</c> records about the signer's certificate: its SHA-256 digest and
/// <c>IssuerSerialV2</c>, the DER of RFC 5035 <c>IssuerSerial { issuer GeneralNames (directoryName), serialNumber }</c>.
/// </summary>
internal sealed record SigningCertificateReference(byte[] Digest, byte[] IssuerSerial)
{
    private static readonly Asn1Tag DirectoryName = new(TagClass.ContextSpecific, 4, isConstructed: true);

    public static SigningCertificateReference Of(X509Certificate2 certificate) =>
        new(SHA256.HashData(certificate.RawDataMemory.Span), EncodeIssuerSerial(certificate));

    /// <summary>True when both values match, compared in constant time.</summary>
    public bool Matches(SigningCertificateReference other) =>
        CryptographicOperations.FixedTimeEquals(Digest, other.Digest)
        && CryptographicOperations.FixedTimeEquals(IssuerSerial, other.IssuerSerial);

    private static byte[] EncodeIssuerSerial(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence(DirectoryName))
                {
                    writer.WriteEncodedValue(certificate.IssuerName.RawData);
                }
            }

            writer.WriteInteger(certificate.SerialNumberBytes.Span);
        }

        return writer.Encode();
    }
}
