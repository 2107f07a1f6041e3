using System.Diagnostics;
using Tsunagu.Domain.Audit;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Demo.Generation;
using Tsunagu.Storage;
using Tsunagu.Storage.Organizations;
using Tsunagu.Storage.People;

namespace Tsunagu.Server.Demo;

/// <summary>
/// Writes a generated demo data set through the same bulk paths as member loads (prepared statements on SQLite,
/// binary COPY on PostgreSQL), all in one transaction, in chunks so memory stays flat. A coverage naming an earlier
/// one from a previous chunk still resolves: that chunk was written in the same transaction.
/// </summary>
public sealed class DemoLoader(Database database, CoverageStore coverages, AuditTrail audit, TimeProvider clock)
{
    private const int ChunkSize = 20_000;

    /// <summary>Job changers add an earlier coverage for about 3 % of people.</summary>
    private const double CoveragesPerPerson = 1.03;

    public async Task<DemoLoadSummary> LoadAsync(DemoDataGenerator generator, AuditActor actor, IProgress<DemoLoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        var expected = (long)(generator.Options.People * CoveragesPerPerson);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var organizations = await OrganizationStore.InsertManyAsync(write, generator.Organizations, now, cancellationToken);
        long written = 0;
        foreach (var chunk in generator.People().Chunk(ChunkSize))
        {
            var result = await coverages.UpsertAsync(write, chunk, now, cancellationToken: cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The demo generator linked {result.MissingPreviousCoverage.Count} coverages to earlier ones it did not emit.");
            }

            written += chunk.Length;
            progress?.Report(new DemoLoadProgress(written, Math.Max(expected, written)));
        }

        var detail = $"seed {generator.Options.Seed}: {organizations} organizations, {written} coverages";
        await audit.AppendAsync(write, new AuditEvent(now, actor.OrganizationCode, actor.ClientId, null, "demo data set", "demo.load", AuditReason.Admin, AuditOutcome.Success, detail), cancellationToken);
        await write.CommitAsync(cancellationToken);
        return new DemoLoadSummary(organizations, written, stopwatch.Elapsed);
    }
}
