using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// Creates an enveloping XAdES-BES electronic signature (電子署名, as HPKI signing of 電子処方箋 uses): RSA-SHA256 over
/// exclusive-c14n SignedInfo, one SHA-256 reference to the content <c>ds:Object</c> and one to <c>xades:SignedProperties</c>
/// (SigningTime, SigningCertificateV2, DataObjectFormat), and the signer's certificate in <c>KeyInfo/X509Data</c>.
/// </summary>
public static class XadesSigner
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Signs <paramref name="content"/> of type <paramref name="mediaType"/> with <paramref name="signer"/>'s private key.
    /// The signing time is recorded in UTC to the second. Returns the UTF-8 XML of the <c>ds:Signature</c> document.
    /// </summary>
    public static ValidationResult<byte[]> Sign(ReadOnlyMemory<byte> content, string mediaType, X509Certificate2 signer, DateTimeOffset signingTime)
    {
        ArgumentNullException.ThrowIfNull(signer);
        if (!MediaTypes.IsWellFormed(mediaType))
        {
            return Failure.Of<byte[]>(SignatureErrors.MediaTypeInvalid, "mediaType");
        }

        using var key = signer.HasPrivateKey ? signer.GetRSAPrivateKey() : null;
        if (key is null)
        {
            return Failure.Of<byte[]>(SignatureErrors.SignerKeyUnusable, "certificate");
        }

        var ids = SignatureIds.New();
        var skeleton = EnvelopeSkeleton.Create(ids, content, mediaType, signer, signingTime);
        if (!skeleton.IsValid)
        {
            return Failure.From<byte[], XmlDocument>(skeleton);
        }

        var document = skeleton.Value!;
        var signedXml = new SignedXml(document) { SigningKey = key, KeyInfo = KeyInfoOf(signer) };
        signedXml.Signature.Id = ids.Signature;
        signedXml.SignedInfo!.CanonicalizationMethod = XadesNames.ExclusiveC14n;
        signedXml.SignedInfo.SignatureMethod = XadesNames.RsaSha256;
        signedXml.AddReference(ReferenceTo(ids.Content, id: ids.ContentReference));
        signedXml.AddReference(ReferenceTo(ids.SignedProperties, type: XadesNames.SignedPropertiesType));
        signedXml.ComputeSignature();
        return ValidationResult<byte[]>.Valid(Serialize(document, signedXml.GetXml()));
    }

    private static KeyInfo KeyInfoOf(X509Certificate2 signer)
    {
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoX509Data(signer));
        return keyInfo;
    }

    private static Reference ReferenceTo(string target, string? id = null, string? type = null)
    {
        var reference = new Reference("#" + target) { DigestMethod = XadesNames.Sha256, Id = id, Type = type };
        reference.AddTransform(new XmlDsigExcC14NTransform());
        return reference;
    }

    /// <summary>Moves the skeleton's objects under the computed signature element, which then replaces the skeleton.</summary>
    private static byte[] Serialize(XmlDocument document, XmlElement signature)
    {
        var skeleton = document.DocumentElement!;
        foreach (var dataObject in skeleton.ChildNodes.OfType<XmlElement>().ToList())
        {
            signature.AppendChild(dataObject);
        }

        document.ReplaceChild(signature, skeleton);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = Utf8 }))
        {
            document.Save(writer);
        }

        return buffer.ToArray();
    }
}
