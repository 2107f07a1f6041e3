using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Pki;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// The one call a service makes for a signed registration (電子署名付きの登録): the XAdES signature verifies
/// (<see cref="XadesVerifier"/>) and the signer's certificate passes <see cref="CertificateValidator"/> against trust
/// material prepared once (<see cref="TrustMaterial"/>). Thread-safe; nothing is read from disk.
/// </summary>
public static class SignedEnvelopeVerifier
{
    /// <summary>
    /// Verifies <paramref name="signedXml"/> and its signer at <paramref name="at"/> (normally now).
    /// </summary>
    public static ValidationResult<VerifiedEnvelope> Verify(
        ReadOnlyMemory<byte> signedXml, TrustMaterial trust, IReadOnlySet<CertificateRole> expectedRoles, DateTimeOffset at, SafeXmlLimits? limits = null)
    {
        var envelope = XadesVerifier.Verify(signedXml, limits);
        if (!envelope.IsValid)
        {
            return Failure.From<VerifiedEnvelope, SignedEnvelope>(envelope);
        }

        var signer = CertificateValidator.Validate(envelope.Value!.SignerCertificate, trust, expectedRoles, at);
        return signer.IsValid
            ? ValidationResult<VerifiedEnvelope>.Valid(new VerifiedEnvelope(envelope.Value, signer.Value!))
            : Failure.From<VerifiedEnvelope, CertificateHolder>(signer);
    }
}
