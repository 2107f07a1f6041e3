using System.Security.Cryptography.Xml;

namespace Tsunagu.Formats.Signatures;

/// <summary>Namespaces, element names and algorithm URIs of the XAdES-BES profile Tsunagu signs and accepts.</summary>
internal static class XadesNames
{
    public const string DsigNamespace = SignedXml.XmlDsigNamespaceUrl;

    public const string XadesNamespace = "http://uri.etsi.org/01903/v1.3.2#";

    public const string XadesPrefix = "xades";

    public const string SignedPropertiesType = "http://uri.etsi.org/01903#SignedProperties";

    public const string Base64Encoding = "http://www.w3.org/2000/09/xmldsig#base64";

    public const string ExclusiveC14n = SignedXml.XmlDsigExcC14NTransformUrl;

    public const string RsaSha256 = SignedXml.XmlDsigRSASHA256Url;

    public const string Sha256 = SignedXml.XmlDsigSHA256Url;

    public const string Signature = "Signature";

    public const string Object = "Object";

    public const string QualifyingProperties = "QualifyingProperties";

    public const string SignedProperties = "SignedProperties";

    public const string SignedSignatureProperties = "SignedSignatureProperties";

    public const string SigningTime = "SigningTime";

    public const string SigningCertificateV2 = "SigningCertificateV2";

    public const string Cert = "Cert";

    public const string CertDigest = "CertDigest";

    public const string IssuerSerialV2 = "IssuerSerialV2";

    public const string SignedDataObjectProperties = "SignedDataObjectProperties";

    public const string DataObjectFormat = "DataObjectFormat";

    public const string MimeType = "MimeType";

    public const string DigestMethod = "DigestMethod";

    public const string DigestValue = "DigestValue";
}
