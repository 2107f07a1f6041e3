namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// The seeded pseudo-random source of the demo generator: xoshiro256** seeded through SplitMix64. The algorithm is written
/// here rather than taken from <see cref="Random"/>, whose algorithm .NET does not promise to keep, so that a seed gives
/// the same data on every platform and runtime version.
/// </summary>
internal sealed class DemoRandom
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    /// <summary>Starts the sequence of <paramref name="stream"/> for <paramref name="seed"/>; streams never overlap in practice.</summary>
    public DemoRandom(int seed, RandomStream stream)
        : this(((ulong)(uint)seed << 32) | (uint)stream)
    {
    }

    /// <summary>
    /// Starts the sequence of item <paramref name="item"/> (say, the n-th person) of <paramref name="stream"/>, so that one
    /// item's draws can be made again without making those of the items before it.
    /// </summary>
    public DemoRandom(int seed, RandomStream stream, int item)
        : this((((ulong)(uint)seed << 32) | (uint)stream) ^ ((ulong)(uint)item * 0xD1B54A32D192ED03UL))
    {
    }

    private DemoRandom(ulong state)
    {
        s0 = SplitMix(ref state);
        s1 = SplitMix(ref state);
        s2 = SplitMix(ref state);
        s3 = SplitMix(ref state);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A whole number in [0, <paramref name="bound"/>); the bias of the multiply-shift is below 2⁻³¹.</summary>
    public int Next(int bound) => (int)(((NextUInt64() >> 32) * (ulong)bound) >> 32);

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], both included.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A day in [<paramref name="from"/>, <paramref name="to"/>], both included.</summary>
    public DateOnly Date(DateOnly from, DateOnly to) => DateOnly.FromDayNumber(from.DayNumber + Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public void Shuffle<T>(T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
