using System.Security.Cryptography;
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

        return Check(root, layout.Value!);
    }

    private static ValidationResult<SignedEnvelope> Check(XmlElement signature, SignatureLayout layout)
    {
        var properties = SignedPropertiesContent.Read(layout.Properties.Target, layout.ContentReferenceId);
        if (!properties.IsValid)
        {
            return Failure.From<SignedEnvelope, SignedPropertiesContent>(properties);
        }

        var certificate = layout.Signer.Certificate;
        if (!properties.Value!.SigningCertificate.Matches(layout.Signer.Reference))
        {
            return Failure.Of<SignedEnvelope>(SignatureErrors.SigningCertificateMismatch, Field, certificate.Subject);
        }

        if (!SignatureValueVerifies(signature, layout))
        {
            return Failure.Of<SignedEnvelope>(SignatureErrors.ValueInvalid, Field);
        }

        var contentObject = layout.Content.Target;
        var content = ContentObject.Read(contentObject);
        var mediaType = contentObject.GetAttribute(XadesNames.MimeType);
        return content is not null && mediaType == properties.Value.MediaType
            ? ValidationResult<SignedEnvelope>.Valid(new SignedEnvelope(content, mediaType, certificate, properties.Value.SigningTime))
            : Failure.Of<SignedEnvelope>(SignatureErrors.StructureInvalid, "content", "the content object's encoding or MimeType does not match");
    }

    /// <summary>
    /// Checks both reference digests and then SignatureValue (RSA-SHA256, PKCS #1 v1.5) over the exclusive canonical form
    /// of SignedInfo, with the KeyInfo certificate's key decoded once per certificate (<see cref="SignerCertificate"/>).
    /// </summary>
    private static bool SignatureValueVerifies(XmlElement signature, SignatureLayout layout)
    {
        var value = Base64Text.TryDecode(signature.Dsig("SignatureValue")!.InnerText);
        if (layout.Signer.PublicKey is not { } key || value is null || !layout.Content.DigestMatches() || !layout.Properties.DigestMatches())
        {
            return false;
        }

        try
        {
            return ExclusiveCanonicalizer.Canonicalize(
                layout.SignedInfo, signedInfo => key.VerifyData(signedInfo, value, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
