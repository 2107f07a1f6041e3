using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Tsunagu.Formats.Pki;

/// <summary>
/// Values worked out from a certificate, remembered by the SHA-256 of its DER bytes so that a doctor signing many
/// prescriptions pays for the work once. Bounded: when full it is emptied and refills.
/// </summary>
internal sealed class CertificateDigestCache<TValue>
{
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, TValue> values = new(StringComparer.Ordinal);

    private int count;

    /// <summary>The value for <paramref name="der"/>, made by <paramref name="create"/> the first time; nothing is kept when it throws.</summary>
    public TValue GetOrAdd<TArgument>(ReadOnlySpan<byte> der, TArgument argument, Func<TArgument, TValue> create)
    {
        var key = Convert.ToHexString(SHA256.HashData(der));
        if (values.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = create(argument);
        if (Interlocked.Increment(ref count) > Capacity)
        {
            values.Clear();
            Interlocked.Exchange(ref count, 0);
        }

        return values.GetOrAdd(key, value);
    }
}
