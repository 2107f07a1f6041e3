using Tsunagu.Formats.Pki;

namespace Tsunagu.Formats.Prescriptions;

/// <summary>A document read into the canonical model: its content, the format it came in, and its signer when it was signed.</summary>
/// <param name="Signer">The verified signer (医師・薬剤師) of a signed envelope; null for an unsigned document.</param>
public sealed record DocumentRead<T>(T Content, DocumentFormat Format, CertificateHolder? Signer);
