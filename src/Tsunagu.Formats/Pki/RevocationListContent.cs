using System.Collections.Frozen;
using System.Formats.Asn1;
using System.Numerics;

namespace Tsunagu.Formats.Pki;

/// <summary>
/// The fields of an RFC 5280 <c>TBSCertList</c>, read with <see cref="AsnReader"/>
/// (<see cref="System.Security.Cryptography.X509Certificates.CertificateRevocationListBuilder"/> cannot enumerate entries).
/// </summary>
internal sealed record RevocationListContent(
    string SignatureAlgorithm,
    ReadOnlyMemory<byte> Issuer,
    DateTimeOffset ThisUpdate,
    DateTimeOffset? NextUpdate,
    FrozenSet<string> RevokedSerials,
    BigInteger Number)
{
    private static readonly Asn1Tag ExtensionsTag = new(TagClass.ContextSpecific, 0, isConstructed: true);

    /// <summary>Parses a TBSCertList; throws <see cref="AsnContentException"/> when malformed.</summary>
    public static RevocationListContent Parse(ReadOnlyMemory<byte> toBeSigned)
    {
        var outer = new AsnReader(toBeSigned, AsnEncodingRules.DER);
        var tbs = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        if (tbs.PeekTag().HasSameClassAndValue(Asn1Tag.Integer) && tbs.ReadInteger() != BigInteger.One)
        {
            throw new AsnContentException("Only version 2 CRLs are read.");
        }

        var algorithm = SignedAsn1.ReadAlgorithm(tbs);
        var issuer = tbs.ReadEncodedValue();
        var thisUpdate = ReadTime(tbs);
        DateTimeOffset? nextUpdate = tbs.HasData && IsTime(tbs.PeekTag()) ? ReadTime(tbs) : null;
        var serials = tbs.HasData && tbs.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence) ? ReadRevokedSerials(tbs) : [];
        var number = tbs.HasData ? ReadCrlNumber(tbs.ReadSequence(ExtensionsTag)) : BigInteger.Zero;
        tbs.ThrowIfNotEmpty();
        return new RevocationListContent(algorithm, issuer, thisUpdate, nextUpdate, serials.ToFrozenSet(StringComparer.Ordinal), number);
    }

    private static List<string> ReadRevokedSerials(AsnReader tbs)
    {
        var entries = tbs.ReadSequence();
        var serials = new List<string>();
        while (entries.HasData)
        {
            var entry = entries.ReadSequence();
            serials.Add(CertificateSerial.ToHex(entry.ReadIntegerBytes().Span));
            ReadTime(entry);
            if (entry.HasData)
            {
                entry.ReadSequence();
            }

            entry.ThrowIfNotEmpty();
        }

        return serials;
    }

    private static BigInteger ReadCrlNumber(AsnReader explicitExtensions)
    {
        var extensions = explicitExtensions.ReadSequence();
        explicitExtensions.ThrowIfNotEmpty();
        var number = BigInteger.Zero;
        while (extensions.HasData)
        {
            var extension = extensions.ReadSequence();
            var oid = extension.ReadObjectIdentifier();
            if (extension.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean))
            {
                extension.ReadBoolean();
            }

            var value = extension.ReadOctetString();
            extension.ThrowIfNotEmpty();
            if (oid == PkiOids.CrlNumber)
            {
                number = new AsnReader(value, AsnEncodingRules.DER).ReadInteger();
            }
        }

        return number;
    }

    private static bool IsTime(Asn1Tag tag) =>
        tag.HasSameClassAndValue(Asn1Tag.UtcTime) || tag.HasSameClassAndValue(Asn1Tag.GeneralizedTime);

    private static DateTimeOffset ReadTime(AsnReader reader) =>
        reader.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? reader.ReadUtcTime() : reader.ReadGeneralizedTime();
}
