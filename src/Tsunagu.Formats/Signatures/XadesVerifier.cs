using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// Checks an enveloping XAdES-BES signature (電子署名の検証) as <see cref="XadesSigner"/> makes them: safe parsing, the
/// strict layout of <see cref="SignatureLayout"/>, the SigningCertificateV2 binding to the KeyInfo certificate, then the
/// signature value over both references. Trust in the signer is the job of <see cref="Pki.CertificateValidator"/>.
/// </summary>
public static class XadesVerifier
{
    private const string Field = "signature";

    public static ValidationResult<SignedEnvelope> Verify(ReadOnlyMemory<byte> signedXml, SafeXmlLimits? limits = null)
    {
        var document = SafeXmlLoader.Load(signedXml, limits);
        if (!document.IsValid)
        {
            return Failure.From<SignedEnvelope, XmlDocument>(document);
        }

        var root = document.Value!.DocumentElement!;
        if (!root.Is(XadesNames.DsigNamespace, XadesNames.Signature))
        {
            return Failure.Of<SignedEnvelope>(SignatureErrors.Missing, Field, $"root element is {root.Name}");
        }

        var layout = SignatureLayout.Locate(root);
        if (!layout.IsValid)
        {
            return Failure.From<SignedEnvelope, SignatureLayout>(layout);
        }

        var result = Check(document.Value, layout.Value!);
        if (!result.IsValid)
        {
            layout.Value!.Certificate.Dispose();
        }

        return result;
    }

    private static ValidationResult<SignedEnvelope> Check(XmlDocument document, SignatureLayout layout)
    {
        var properties = SignedPropertiesContent.Read(layout.SignedProperties, layout.ContentReferenceId);
        if (!properties.IsValid)
        {
            return Failure.From<SignedEnvelope, SignedPropertiesContent>(properties);
        }

        if (!properties.Value!.SigningCertificate.Matches(SigningCertificateReference.Of(layout.Certificate)))
        {
            return Failure.Of<SignedEnvelope>(SignatureErrors.SigningCertificateMismatch, Field, layout.Certificate.Subject);
        }

        if (!SignatureValueVerifies(document, layout))
        {
            return Failure.Of<SignedEnvelope>(SignatureErrors.ValueInvalid, Field);
        }

        var content = ContentObject.Read(layout.ContentObject);
        var mediaType = layout.ContentObject.GetAttribute(XadesNames.MimeType);
        return content is not null && mediaType == properties.Value.MediaType
            ? ValidationResult<SignedEnvelope>.Valid(new SignedEnvelope(content, mediaType, layout.Certificate, properties.Value.SigningTime))
            : Failure.Of<SignedEnvelope>(SignatureErrors.StructureInvalid, "content", "the content object's encoding or MimeType does not match");
    }

    /// <summary>
    /// Checks SignatureValue and both reference digests with the KeyInfo certificate's key. KeyInfo is detached first:
    /// it is not signed (the layout allows no reference to it) and SignedXml would decode the certificate a second time.
    /// </summary>
    private static bool SignatureValueVerifies(XmlDocument document, SignatureLayout layout)
    {
        try
        {
            var root = document.DocumentElement!;
            root.RemoveChild(root.Dsig("KeyInfo")!);
            var signedXml = new SignedXml(document);
            signedXml.LoadXml(root);
            return signedXml.CheckSignature(layout.Certificate, verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
