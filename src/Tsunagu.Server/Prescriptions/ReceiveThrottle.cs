namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// Slows guessing of 引換番号: a pharmacy whose receptions missed (wrong code or wrong patient) more than
/// <see cref="MaxMisses"/> times within <see cref="Window"/> is refused until its oldest miss in the window ages out.
/// Kept in memory per server instance: behind a load balancer each instance counts on its own, so a pharmacy gets at
/// most that many misses per instance.
/// </summary>
public sealed class ReceiveThrottle(TimeProvider clock)
{
    public const int MaxMisses = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, Queue<DateTimeOffset>> misses = new(StringComparer.Ordinal);

    /// <summary>True when the pharmacy may not try again yet.</summary>
    public bool IsThrottled(string pharmacy)
    {
        lock (misses)
        {
            return Recent(pharmacy) is { Count: > MaxMisses };
        }
    }

    public void RecordMiss(string pharmacy)
    {
        lock (misses)
        {
            if (Recent(pharmacy) is not { } recent)
            {
                recent = new Queue<DateTimeOffset>();
                misses.Add(pharmacy, recent);
            }

            recent.Enqueue(clock.GetUtcNow());
        }
    }

    /// <summary>The pharmacy's misses within the window (older ones dropped; the entry removed once empty).</summary>
    private Queue<DateTimeOffset>? Recent(string pharmacy)
    {
        if (!misses.TryGetValue(pharmacy, out var recent))
        {
            return null;
        }

        var since = clock.GetUtcNow() - Window;
        while (recent.Count > 0 && recent.Peek() <= since)
        {
            recent.Dequeue();
        }

        if (recent.Count == 0)
        {
            misses.Remove(pharmacy);
            return null;
        }

        return recent;
    }
}
