using System.Xml;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// What Tsunagu reads from <c>xades:SignedProperties</c>: <c>SigningTime</c>, the single <c>SigningCertificateV2/Cert</c>
/// (SHA-256 <c>CertDigest</c> and <c>IssuerSerialV2</c>), and the <c>DataObjectFormat/MimeType</c> of the content reference.
/// </summary>
internal sealed record SignedPropertiesContent(DateTimeOffset SigningTime, SigningCertificateReference SigningCertificate, string MediaType)
{
    private const string Field = "signedProperties";

    public static ValidationResult<SignedPropertiesContent> Read(XmlElement signedProperties, string contentReferenceId)
    {
        var signatureProperties = signedProperties.Xades(XadesNames.SignedSignatureProperties);
        var certificate = signatureProperties.Xades(XadesNames.SigningCertificateV2).Xades(XadesNames.Cert);
        var digest = certificate.Xades(XadesNames.CertDigest);
        if (digest is not null && digest.Dsig(XadesNames.DigestMethod).Algorithm() != XadesNames.Sha256)
        {
            return Failure.Of<SignedPropertiesContent>(SignatureErrors.AlgorithmUnsupported, Field, "CertDigest");
        }

        var signingTime = ParseTime(signatureProperties.Xades(XadesNames.SigningTime)?.InnerText);
        var digestValue = Base64Text.TryDecode(digest.Dsig(XadesNames.DigestValue)?.InnerText);
        var issuerSerial = Base64Text.TryDecode(certificate.Xades(XadesNames.IssuerSerialV2)?.InnerText);
        var mediaType = MediaTypeOf(signedProperties, contentReferenceId);
        return signingTime is { } time && digestValue is not null && issuerSerial is not null && mediaType is not null
            ? ValidationResult<SignedPropertiesContent>.Valid(new(time, new SigningCertificateReference(digestValue, issuerSerial), mediaType))
            : Failure.Of<SignedPropertiesContent>(SignatureErrors.StructureInvalid, Field,
                "SigningTime, one SigningCertificateV2/Cert with CertDigest and IssuerSerialV2, and the content's DataObjectFormat are required");
    }

    /// <summary>The MimeType of the one DataObjectFormat for the content reference, or null.</summary>
    private static string? MediaTypeOf(XmlElement signedProperties, string contentReferenceId)
    {
        var formats = signedProperties.Xades(XadesNames.SignedDataObjectProperties)?
            .Children(XadesNames.XadesNamespace, XadesNames.DataObjectFormat)
            .Where(f => f.GetAttribute("ObjectReference") == "#" + contentReferenceId)
            .ToList() ?? [];
        return formats.Count == 1 ? formats[0].Xades(XadesNames.MimeType)?.InnerText : null;
    }

    private static DateTimeOffset? ParseTime(string? text)
    {
        try
        {
            return text is null ? null : XmlConvert.ToDateTimeOffset(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
