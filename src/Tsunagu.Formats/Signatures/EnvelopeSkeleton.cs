using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// The unsigned start of an enveloping XAdES-BES signature: a <c>ds:Signature</c> root holding the content
/// <c>ds:Object</c> and the <c>ds:Object</c> with <c>xades:QualifyingProperties</c>. Returned re-parsed, so the DOM
/// that is digested is exactly the one a verifier will read.
/// </summary>
internal static class EnvelopeSkeleton
{
    public static ValidationResult<XmlDocument> Create(
        SignatureIds ids, ReadOnlyMemory<byte> content, string mediaType, X509Certificate2 signer, DateTimeOffset signingTime)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var xml = new XmlBuilder(document);
        var root = xml.Dsig(XadesNames.Signature);
        document.AppendChild(root);
        var contentObject = ContentObject.Create(document, ids.Content, content, mediaType);
        if (!contentObject.IsValid)
        {
            return Failure.From<XmlDocument, XmlElement>(contentObject);
        }

        root.AppendChild(contentObject.Value!);
        var propertiesObject = xml.Dsig(XadesNames.Object);
        propertiesObject.AppendChild(QualifyingProperties(xml, ids, mediaType, signer, signingTime));
        root.AppendChild(propertiesObject);
        return SafeXmlLoader.Load(System.Text.Encoding.UTF8.GetBytes(document.OuterXml));
    }

    /// <summary>The signing time as written: UTC, whole seconds.</summary>
    public static string FormatSigningTime(DateTimeOffset signingTime) =>
        signingTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static XmlElement QualifyingProperties(
        XmlBuilder xml, SignatureIds ids, string mediaType, X509Certificate2 signer, DateTimeOffset signingTime)
    {
        var reference = SigningCertificateReference.Of(signer);
        var certificate = xml.Xades(XadesNames.Cert,
            xml.Xades(XadesNames.CertDigest, xml.DigestMethod(), xml.DigestValue(reference.Digest)),
            xml.XadesText(XadesNames.IssuerSerialV2, Convert.ToBase64String(reference.IssuerSerial)));
        var signatureProperties = xml.Xades(XadesNames.SignedSignatureProperties,
            xml.XadesText(XadesNames.SigningTime, FormatSigningTime(signingTime)),
            xml.Xades(XadesNames.SigningCertificateV2, certificate));
        var format = xml.Xades(XadesNames.DataObjectFormat, xml.XadesText(XadesNames.MimeType, mediaType));
        format.SetAttribute("ObjectReference", "#" + ids.ContentReference);
        var signed = xml.Xades(XadesNames.SignedProperties, signatureProperties, xml.Xades(XadesNames.SignedDataObjectProperties, format));
        signed.SetAttribute("Id", ids.SignedProperties);
        var qualifying = xml.Xades(XadesNames.QualifyingProperties, signed);
        qualifying.SetAttribute("Target", "#" + ids.Signature);
        return qualifying;
    }
}
