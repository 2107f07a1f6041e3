using System.Collections.Frozen;
using System.Numerics;
using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Formats.Pki;

/// <summary>
/// A parsed and signature-verified certificate revocation list (証明書失効リスト, CRL) of one CA.
/// Produced only by <see cref="RevocationListReader"/>.
/// </summary>
public sealed class RevocationList
{
    internal RevocationList(BigInteger number, DateTimeOffset thisUpdate, DateTimeOffset? nextUpdate, FrozenSet<string> revokedSerials)
    {
        Number = number;
        ThisUpdate = thisUpdate;
        NextUpdate = nextUpdate;
        RevokedSerials = revokedSerials;
    }

    /// <summary>The cRLNumber extension; each newer CRL of the same CA has a larger number (0 when absent).</summary>
    public BigInteger Number { get; }

    public DateTimeOffset ThisUpdate { get; }

    /// <summary>When a newer CRL is due; past that instant this one no longer vouches for anything.</summary>
    public DateTimeOffset? NextUpdate { get; }

    /// <summary>Serial numbers of the revoked certificates, upper-case hex as <see cref="CertificateSerial.ToHex"/> writes them.</summary>
    public IReadOnlySet<string> RevokedSerials { get; }

    /// <summary>True while <paramref name="at"/> is not past <see cref="NextUpdate"/>.</summary>
    public bool IsCurrentAt(DateTimeOffset at) => NextUpdate is not { } next || at <= next;

    public bool IsRevoked(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return IsRevoked(certificate.SerialNumberBytes.Span);
    }

    public bool IsRevoked(ReadOnlySpan<byte> serial) => RevokedSerials.Contains(CertificateSerial.ToHex(serial));
}
