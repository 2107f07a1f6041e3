using Tsunagu.Formats.Pki;

namespace Tsunagu.Formats.Signatures;

/// <summary>A signed document whose signature verified and whose signer's certificate is trusted, current, unrevoked and of an expected role.</summary>
public sealed record VerifiedEnvelope(SignedEnvelope Envelope, CertificateHolder Signer);
