using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Formats.Pki;

/// <summary>
/// The outer shape shared by X.509 certificates and CRLs: <c>SEQUENCE { tbs, signatureAlgorithm, signatureValue BIT STRING }</c>.
/// Lets us check "signed by this CA's key" without building a chain.
/// </summary>
internal sealed class SignedAsn1
{
    private SignedAsn1(ReadOnlyMemory<byte> toBeSigned, string algorithm, byte[] signature)
    {
        ToBeSigned = toBeSigned;
        Algorithm = algorithm;
        Signature = signature;
    }

    /// <summary>The DER of the signed part (TBSCertificate or TBSCertList), tag and length included.</summary>
    public ReadOnlyMemory<byte> ToBeSigned { get; }

    /// <summary>The outer signature algorithm OID.</summary>
    public string Algorithm { get; }

    public byte[] Signature { get; }

    /// <summary>Splits DER into its parts; throws <see cref="AsnContentException"/> or <see cref="CryptographicException"/> when malformed.</summary>
    public static SignedAsn1 Parse(ReadOnlyMemory<byte> der)
    {
        var outer = new AsnReader(der, AsnEncodingRules.DER);
        var sequence = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        var toBeSigned = sequence.ReadEncodedValue();
        var algorithm = ReadAlgorithm(sequence);
        var signature = sequence.ReadBitString(out var unusedBits);
        sequence.ThrowIfNotEmpty();
        return unusedBits == 0
            ? new SignedAsn1(toBeSigned, algorithm, signature)
            : throw new AsnContentException("The signature has unused bits.");
    }

    /// <summary>Reads an AlgorithmIdentifier and returns its OID; parameters (NULL for RSA) are skipped.</summary>
    public static string ReadAlgorithm(AsnReader reader)
    {
        var algorithm = reader.ReadSequence();
        var oid = algorithm.ReadObjectIdentifier();
        if (algorithm.HasData)
        {
            algorithm.ReadEncodedValue();
        }

        algorithm.ThrowIfNotEmpty();
        return oid;
    }

    /// <summary>True when the signature is RSA PKCS#1 v1.5 with SHA-256/384/512 and verifies with the issuer's public key.</summary>
    public bool IsSignedBy(X509Certificate2 issuer)
    {
        HashAlgorithmName? hash = Algorithm switch
        {
            PkiOids.Sha256WithRsa => HashAlgorithmName.SHA256,
            PkiOids.Sha384WithRsa => HashAlgorithmName.SHA384,
            PkiOids.Sha512WithRsa => HashAlgorithmName.SHA512,
            _ => null,
        };
        using var key = issuer.GetRSAPublicKey();
        return hash is not null && key is not null
            && key.VerifyData(ToBeSigned.Span, Signature, hash.Value, RSASignaturePadding.Pkcs1);
    }
}
