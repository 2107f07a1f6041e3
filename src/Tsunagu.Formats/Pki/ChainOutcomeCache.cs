using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Tsunagu.Formats.Pki;

/// <summary>
/// Remembers chain outcomes by the certificate's SHA-256, so a doctor signing many prescriptions costs one
/// <see cref="X509Chain"/> build per trust snapshot. Bounded: when full it is emptied and refills.
/// </summary>
internal sealed class ChainOutcomeCache
{
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, ChainOutcome> outcomes = new(StringComparer.Ordinal);

    private int count;

    public ChainOutcome GetOrAdd(X509Certificate2 certificate, Func<X509Certificate2, ChainOutcome> build)
    {
        var key = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        if (outcomes.TryGetValue(key, out var known))
        {
            return known;
        }

        var outcome = build(certificate);
        if (Interlocked.Increment(ref count) > Capacity)
        {
            outcomes.Clear();
            Interlocked.Exchange(ref count, 0);
        }

        outcomes.TryAdd(key, outcome);
        return outcome;
    }
}
