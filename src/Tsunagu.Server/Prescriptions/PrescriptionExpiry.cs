using Tsunagu.Domain;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// Marks prescriptions whose use window passed unreceived as expired, freeing their 引換番号 for new prescriptions, and
/// forgets Idempotency-Key answers older than a day — at start and then every few minutes. Until a sweep reaches a
/// prescription its status already reads as expired and no pharmacy can receive it.
/// </summary>
public sealed class PrescriptionExpiry(PrescriptionStore prescriptions, IdempotencyStore idempotency, TimeProvider clock, ILogger<PrescriptionExpiry> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    /// <summary>How long a retry with the same Idempotency-Key gets the stored answer.</summary>
    public static readonly TimeSpan AnswerLifetime = TimeSpan.FromDays(1);

    /// <summary>One sweep; returns how many prescriptions it expired.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var expired = await prescriptions.ExpireAsync(JapanTime.DateOf(now), now, cancellationToken);
        await idempotency.PurgeAsync(now - AnswerLifetime, cancellationToken);
        return expired;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (System.Data.Common.DbException exception)
            {
                logger.LogWarning(exception, "The prescription expiry sweep failed; it runs again in {Interval}", Interval);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
