using System.Security.Cryptography.X509Certificates;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Pki;

/// <summary>
/// Everything needed to judge a signer's certificate, prepared once and shared by every verification:
/// the trusted CAs (HPKI, 公的個人認証) and their CRLs, each CRL already parsed and its signature verified.
/// Immutable and thread-safe; build a new instance when the files change (see the storage TrustStore).
/// </summary>
public sealed class TrustMaterial
{
    private readonly TrustedAuthority[] authorities;

    private TrustMaterial(TrustedAuthority[] authorities, IReadOnlyList<FieldError> problems)
    {
        this.authorities = authorities;
        Problems = problems;
        Anchors = [.. authorities.Select(a => a.Anchor)];
        Roots = [.. Anchors.Select(a => a.Certificate)];
    }

    /// <summary>An empty set: nothing is trusted.</summary>
    public static TrustMaterial Empty { get; } = new([], []);

    public IReadOnlyList<TrustAnchor> Anchors { get; }

    /// <summary>
    /// CRLs that were refused while loading (malformed, wrong issuer, bad signature). Their CA stays trusted but,
    /// failing closed, none of its certificates passes the revocation check.
    /// </summary>
    public IReadOnlyList<FieldError> Problems { get; }

    internal X509Certificate2Collection Roots { get; }

    internal CertificateDigestCache<ChainOutcome> ChainOutcomes { get; } = new();

    /// <summary>Reads and verifies each anchor's CRL; a refused CRL is reported in <see cref="Problems"/>.</summary>
    public static TrustMaterial Create(IEnumerable<TrustAnchor> anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        var problems = new List<FieldError>();
        var authorities = anchors.Select(anchor => Prepare(anchor, problems)).ToArray();
        return new TrustMaterial(authorities, problems);
    }

    /// <summary>The anchor whose certificate is exactly <paramref name="root"/>, with its verified CRL.</summary>
    internal TrustedAuthority? Find(X509Certificate2 root)
    {
        foreach (var authority in authorities)
        {
            if (authority.Anchor.Certificate.RawDataMemory.Span.SequenceEqual(root.RawDataMemory.Span))
            {
                return authority;
            }
        }

        return null;
    }

    private static TrustedAuthority Prepare(TrustAnchor anchor, List<FieldError> problems)
    {
        if (anchor.RevocationList is null)
        {
            return new TrustedAuthority(anchor, null);
        }

        var crl = RevocationListReader.Read(anchor.RevocationList, anchor.Certificate);
        problems.AddRange(crl.Errors.Select(e => e with { Detail = $"{anchor.Scheme}: {e.Detail}" }));
        return new TrustedAuthority(anchor, crl.Value);
    }
}
