using Tsunagu.Domain.Audit;

namespace Tsunagu.Storage.Audit;

/// <summary>How many records were checked, and the first break if the trail was altered.</summary>
public sealed record AuditVerificationResult(long Checked, AuditBreak? FirstBreak)
{
    public bool IsIntact => FirstBreak is null;
}
