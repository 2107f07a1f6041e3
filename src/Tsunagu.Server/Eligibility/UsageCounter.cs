using System.Collections.Concurrent;
using Tsunagu.Domain;
using Tsunagu.Storage.Eligibility;

namespace Tsunagu.Server.Eligibility;

/// <summary>
/// Counts usage in memory — a check never waits on a counter row — and writes the sums to usage_counts once a second
/// (and at shutdown). A crash loses at most the last second of counts, which the dashboard's monthly figures absorb.
/// </summary>
public sealed class UsageCounter(UsageCountStore store, TimeProvider clock, ILogger<UsageCounter> logger) : BackgroundService
{
    private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<(DateOnly Day, string Kind, int Prefecture, string Metric), long[]> pending = new();

    private readonly SemaphoreSlim flushing = new(1, 1);

    /// <summary>Counts one event for a facility (its kind and the prefecture in its code).</summary>
    public void Count(string facilityKind, string facilityCode, string metric)
    {
        var key = (JapanTime.DateOf(clock.GetUtcNow()), facilityKind, PrefectureOf(facilityCode), metric);
        Interlocked.Increment(ref pending.GetOrAdd(key, _ => new long[1])[0]);
    }

    /// <summary>
    /// Writes what was counted since the last flush: each counter is read and reset in one atomic step, so a count made
    /// meanwhile lands in this flush or the next, never in neither. Counters of past days are dropped once empty.
    /// Flushes take turns, so that when one returns every count made before it began is stored — also those that
    /// another flush, running meanwhile, had taken.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await flushing.WaitAsync(cancellationToken);
        try
        {
            var counts = new List<UsageCount>();
            var today = JapanTime.DateOf(clock.GetUtcNow());
            foreach (var (key, counter) in pending)
            {
                var count = Interlocked.Exchange(ref counter[0], 0);
                if (count > 0)
                {
                    counts.Add(new UsageCount(key.Day, key.Kind, key.Prefecture, key.Metric, count));
                }
                else if (key.Day < today)
                {
                    pending.TryRemove(key, out _);
                }
            }

            await store.AddAsync(counts, cancellationToken);
        }
        finally
        {
            flushing.Release();
        }
    }

    public override void Dispose()
    {
        flushing.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushQuietlyAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await FlushQuietlyAsync(CancellationToken.None);
        }
    }

    private async Task FlushQuietlyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
        {
            logger.LogWarning(exception, "Usage counts could not be written; they are dropped for this interval");
        }
    }

    private static int PrefectureOf(string facilityCode) =>
        facilityCode.Length >= 2 && int.TryParse(facilityCode.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture, out var prefecture) ? prefecture : 0;
}
