using Tsunagu.Domain.Audit;

namespace Tsunagu.Storage.Audit;

/// <summary>Verifies every stored audit chain against its head; stops at the first break.</summary>
public sealed class AuditVerification(AuditStore store)
{
    public async Task<AuditVerificationResult> VerifyAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var verifier = new AuditChainVerifier();
        var heads = (await store.HeadsAsync(cancellationToken)).ToDictionary(h => h.Chain);
        var chains = (await store.ChainsAsync(cancellationToken)).Union(heads.Keys).Order(StringComparer.Ordinal);
        foreach (var chain in chains)
        {
            long newest = 0;
            await foreach (var record in store.ReadChainAsync(chain, cancellationToken))
            {
                if (!verifier.Accept(record))
                {
                    return new AuditVerificationResult(verifier.Checked, verifier.FirstBreak);
                }

                newest = record.Sequence;
                if (verifier.Checked % 10_000 == 0)
                {
                    progress?.Report(verifier.Checked);
                }
            }

            if (!heads.TryGetValue(chain, out var head))
            {
                return new AuditVerificationResult(verifier.Checked, new AuditBreak(chain, newest, $"the chain head is missing, so nothing shows that record {newest} is the newest"));
            }

            if (!verifier.EndChain(head))
            {
                return new AuditVerificationResult(verifier.Checked, verifier.FirstBreak);
            }
        }

        progress?.Report(verifier.Checked);
        return new AuditVerificationResult(verifier.Checked, null);
    }
}
