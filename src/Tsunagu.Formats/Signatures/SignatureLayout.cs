using System.Security.Cryptography;
using System.Xml;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Pki;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// The parts of an enveloping XAdES-BES signature that Tsunagu accepts, located strictly before any cryptography:
/// RSA-SHA256 over exclusive c14n, exactly two SHA-256 references (the content <c>ds:Object</c> and
/// <c>xades:SignedProperties</c>, each with exactly the exclusive c14n transform), exactly those two objects,
/// referenced Ids that are unique, and one certificate in <c>KeyInfo/X509Data</c>. Exclusive c14n here never carries an
/// <c>InclusiveNamespaces</c> prefix list.
/// </summary>
internal sealed record SignatureLayout(XmlElement SignedInfo, SignatureReference Content, SignatureReference Properties, SignerCertificate Signer)
{
    private const string Field = "signature";

    /// <summary>The content reference's <c>Id</c>, which <c>DataObjectFormat</c> names.</summary>
    public string ContentReferenceId => Content.Reference.GetAttribute("Id");

    public static ValidationResult<SignatureLayout> Locate(XmlElement signature)
    {
        var signedInfo = signature.Dsig("SignedInfo");
        if (signedInfo is null || signature.Dsig("SignatureValue") is null)
        {
            return Structure("SignedInfo and SignatureValue are required once each");
        }

        if (!IsExclusiveC14n(signedInfo.Dsig("CanonicalizationMethod"))
            || signedInfo.Dsig("SignatureMethod").Algorithm() != XadesNames.RsaSha256)
        {
            return Failure.Of<SignatureLayout>(SignatureErrors.AlgorithmUnsupported, Field, "SignedInfo");
        }

        var references = signedInfo.Children(XadesNames.DsigNamespace, "Reference").ToList();
        if (references.Any(r => !UsesExpectedAlgorithms(r)))
        {
            return Failure.Of<SignatureLayout>(SignatureErrors.AlgorithmUnsupported, Field, "Reference");
        }

        var propertiesReference = references.SingleOrDefault(r => r.GetAttribute("Type") == XadesNames.SignedPropertiesType);
        var contentReference = references.SingleOrDefault(r => r.GetAttribute("Type") != XadesNames.SignedPropertiesType);
        return references.Count == 2 && propertiesReference is not null && contentReference is not null
            ? Resolve(signature, signedInfo, contentReference, propertiesReference)
            : Structure("exactly one content reference and one SignedProperties reference are required");
    }

    private static bool UsesExpectedAlgorithms(XmlElement reference)
    {
        var transforms = reference.Dsig("Transforms")?.Children(XadesNames.DsigNamespace, "Transform").ToList() ?? [];
        return transforms.Count == 1 && IsExclusiveC14n(transforms[0])
            && reference.Dsig(XadesNames.DigestMethod).Algorithm() == XadesNames.Sha256;
    }

    private static bool IsExclusiveC14n(XmlElement? method) =>
        method.Algorithm() == XadesNames.ExclusiveC14n && !method!.ChildNodes.OfType<XmlElement>().Any();

    private static ValidationResult<SignatureLayout> Resolve(XmlElement signature, XmlElement signedInfo, XmlElement contentReference, XmlElement propertiesReference)
    {
        var content = IdLookup.FindUnique(signature.OwnerDocument, contentReference.GetAttribute("URI"));
        var properties = IdLookup.FindUnique(signature.OwnerDocument, propertiesReference.GetAttribute("URI"));
        var qualifying = properties?.ParentNode as XmlElement;
        var objects = signature.Children(XadesNames.DsigNamespace, XadesNames.Object).ToList();
        if (content is null || !objects.Contains(content) || properties is null
            || !properties.Is(XadesNames.XadesNamespace, XadesNames.SignedProperties)
            || qualifying is null || !qualifying.Is(XadesNames.XadesNamespace, XadesNames.QualifyingProperties)
            || qualifying.ParentNode is not XmlElement propertiesObject || !objects.Contains(propertiesObject)
            || objects.Count != 2 || content == propertiesObject)
        {
            return Structure("the references must point, each to one element, to the content object and to SignedProperties in the other object");
        }

        if (qualifying.GetAttribute("Target") != "#" + signature.GetAttribute("Id"))
        {
            return Structure("QualifyingProperties must target this signature");
        }

        var certificate = ReadCertificate(signature);
        return certificate.IsValid
            ? ValidationResult<SignatureLayout>.Valid(new SignatureLayout(
                signedInfo, new SignatureReference(contentReference, content), new SignatureReference(propertiesReference, properties), certificate.Value!))
            : Failure.From<SignatureLayout, SignerCertificate>(certificate);
    }

    private static ValidationResult<SignerCertificate> ReadCertificate(XmlElement signature)
    {
        var certificates = signature.Dsig("KeyInfo")?.Children(XadesNames.DsigNamespace, "X509Data")
            .SelectMany(data => data.Children(XadesNames.DsigNamespace, "X509Certificate")).ToList() ?? [];
        if (certificates.Count != 1)
        {
            return Failure.Of<SignerCertificate>(SignatureErrors.CertificateMissing, Field);
        }

        try
        {
            return ValidationResult<SignerCertificate>.Valid(SignerCertificate.Decode(Convert.FromBase64String(certificates[0].InnerText)));
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return Failure.Of<SignerCertificate>(PkiErrors.CertificateMalformed, Field, e.Message);
        }
    }

    private static ValidationResult<SignatureLayout> Structure(string detail) =>
        Failure.Of<SignatureLayout>(SignatureErrors.StructureInvalid, Field, detail);
}
