using System.Security.Cryptography.X509Certificates;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Pki;

/// <summary>
/// Finds the trusted CA a certificate chains to, with <see cref="X509Chain"/> in custom-root mode. Time is ignored here
/// (the validator checks it against the instant asked about) and so is revocation (our CRLs decide that), which makes
/// the outcome depend on the certificate and the trust material only, and so cacheable in the latter.
/// </summary>
internal static class TrustChain
{
    private const X509ChainStatusFlags Untrusted =
        X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain | X509ChainStatusFlags.NotSignatureValid;

    private const X509ChainStatusFlags Ignored =
        X509ChainStatusFlags.NotTimeValid | X509ChainStatusFlags.RevocationStatusUnknown | X509ChainStatusFlags.OfflineRevocation;

    public static ChainOutcome Resolve(X509Certificate2 certificate, TrustMaterial trust) =>
        trust.ChainOutcomes.GetOrAdd(certificate.RawDataMemory.Span, (certificate, trust), static known => Build(known.certificate, known.trust));

    private static ChainOutcome Build(X509Certificate2 certificate, TrustMaterial trust)
    {
        if (trust.Roots.Count == 0)
        {
            return new ChainOutcome(null, new FieldError(PkiErrors.UntrustedCa, CertificateChecks.Chain, Detail: "no trusted CA is configured"));
        }

        using var chain = new X509Chain();
        var policy = chain.ChainPolicy;
        policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        policy.CustomTrustStore.AddRange(trust.Roots);
        policy.RevocationMode = X509RevocationMode.NoCheck;
        policy.DisableCertificateDownloads = true;
        policy.VerificationFlags = X509VerificationFlags.IgnoreNotTimeValid;
        chain.Build(certificate);
        try
        {
            return Judge(chain, trust);
        }
        finally
        {
            DisposeElements(chain, certificate);
        }
    }

    private static ChainOutcome Judge(X509Chain chain, TrustMaterial trust)
    {
        var status = chain.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status) & ~Ignored;
        var authority = trust.Find(chain.ChainElements[^1].Certificate);
        if ((status & Untrusted) != 0 || authority is null)
        {
            return new ChainOutcome(null, new FieldError(PkiErrors.UntrustedCa, CertificateChecks.Chain, Detail: Describe(status)));
        }

        return status == X509ChainStatusFlags.NoError
            ? new ChainOutcome(authority, null)
            : new ChainOutcome(null, new FieldError(PkiErrors.ChainInvalid, CertificateChecks.Chain, Detail: Describe(status)));
    }

    private static string Describe(X509ChainStatusFlags status) =>
        status == X509ChainStatusFlags.NoError ? "the chain ends at a CA that is not trusted" : status.ToString();

    private static void DisposeElements(X509Chain chain, X509Certificate2 certificate)
    {
        foreach (var element in chain.ChainElements)
        {
            if (!ReferenceEquals(element.Certificate, certificate))
            {
                element.Certificate.Dispose();
            }
        }
    }
}
