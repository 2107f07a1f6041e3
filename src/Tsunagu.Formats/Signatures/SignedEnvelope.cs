using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// The content of an XAdES signature whose signature value and signed properties verified (電子署名の検証済み内容).
/// Says nothing yet about whether the signer is trusted; see <see cref="SignedEnvelopeVerifier"/>. The certificate is shared with
/// every envelope signed with it and lives as long as the process.
/// </summary>
public sealed class SignedEnvelope
{
    internal SignedEnvelope(byte[] content, string mediaType, X509Certificate2 signerCertificate, DateTimeOffset signingTime)
    {
        Content = content;
        MediaType = mediaType;
        SignerCertificate = signerCertificate;
        SigningTime = signingTime;
    }

    /// <summary>The signed bytes: exactly as signed for base64 content, the exclusive canonical form for embedded XML.</summary>
    public byte[] Content { get; }

    public string MediaType { get; }

    /// <summary>The certificate from <c>KeyInfo</c>, bound to the signature by <c>SigningCertificateV2</c>.</summary>
    public X509Certificate2 SignerCertificate { get; }

    /// <summary>The signer's claimed <c>SigningTime</c> (XAdES-BES has no trusted timestamp).</summary>
    public DateTimeOffset SigningTime { get; }
}
