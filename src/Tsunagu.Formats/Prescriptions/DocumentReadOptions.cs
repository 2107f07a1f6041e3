using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Signatures;

namespace Tsunagu.Formats.Prescriptions;

/// <summary>How the readers of <see cref="DocumentReaders"/> read a document.</summary>
public sealed record DocumentReadOptions
{
    public static DocumentReadOptions Default { get; } = new();

    /// <summary>
    /// Checks the 検証番号 and shape of 医療機関コード, 保険者番号 and 公費負担者番号 (the default). Turn it off only for
    /// published examples (JAMI IG, JAHIS samples), which carry dummy numbers.
    /// </summary>
    public bool CheckIdentifiers { get; init; } = true;

    /// <summary>
    /// Verifies a signed XML envelope (電子署名付き文書), normally
    /// <c>xml =&gt; SignedEnvelopeVerifier.Verify(xml, trust, roles, now)</c> with the caller's trust material. Null
    /// refuses envelopes with <see cref="PrescriptionDocumentErrors.EnvelopeNotVerified"/>.
    /// </summary>
    public Func<ReadOnlyMemory<byte>, ValidationResult<VerifiedEnvelope>>? VerifyEnvelope { get; init; }
}
