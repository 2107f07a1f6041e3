using System.Text.Json;
using Tsunagu.Domain.Eligibility;
using Tsunagu.Server.Audit;
using Tsunagu.Storage.Eligibility;

namespace Tsunagu.Server.Eligibility;

/// <summary>
/// Runs bulk pre-checks: at start every job left pending (e.g. by a restart), then each new one. Queries run several
/// at a time so their audit records share group commits; results are stored in query order.
/// </summary>
public sealed class BulkCheckWorker(BulkCheckService bulk, BulkCheckStore store, EligibilityService eligibility, TimeProvider clock, ILogger<BulkCheckWorker> logger)
    : BackgroundService
{
    private const int Parallelism = 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var id in await store.PendingAsync(stoppingToken))
        {
            await RunSafelyAsync(id, stoppingToken);
        }

        await foreach (var id in bulk.Submitted.ReadAllAsync(stoppingToken))
        {
            await RunSafelyAsync(id, stoppingToken);
        }
    }

    private async Task RunSafelyAsync(string id, CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(id, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Bulk check {Id} failed; it stays pending and runs again at the next start", id);
        }
    }

    private async Task RunAsync(string id, CancellationToken cancellationToken)
    {
        var job = await store.LoadAsync(id, cancellationToken);
        if (job is null || job.Status != BulkCheckJob.Pending)
        {
            return;
        }

        var drafts = JsonSerializer.Deserialize(job.Queries, EligibilityJson.Default.ListEligibilityQueryDraft)!;
        var results = new EligibilityCheckResponse[drafts.Count];
        var actor = new AuditActor(job.FacilityCode, job.ClientId);
        await Parallel.ForEachAsync(Enumerable.Range(0, drafts.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var query = EligibilityQueryReader.Read(drafts[i], eligibility.Today).Value!;
            var result = await eligibility.CheckByCardNumberAsync(query, drafts[i].ArbitraryIdentifier, actor, job.FacilityKind, token);
            results[i] = EligibilityResponses.From(result);
        });
        await store.CompleteAsync(id, JsonSerializer.Serialize(results.ToList(), EligibilityJson.Default.ListEligibilityCheckResponse), clock.GetUtcNow(), cancellationToken);
    }
}
