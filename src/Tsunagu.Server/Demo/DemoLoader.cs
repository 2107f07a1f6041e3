using System.Diagnostics;
using Tsunagu.Domain.Audit;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Demo.Generation;
using Tsunagu.Server.Demo.History;
using Tsunagu.Storage;
using Tsunagu.Storage.Organizations;
using Tsunagu.Storage.People;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Demo;

/// <summary>
/// Writes a generated demo data set through the same bulk paths as member loads (prepared statements on SQLite,
/// binary COPY on PostgreSQL), all in one transaction, in chunks so memory stays flat. A coverage naming an earlier
/// one from a previous chunk still resolves: that chunk was written in the same transaction. Each chunk's people get
/// their medication history right after their coverages, by the person ids those were given; the demo history a
/// previous load left (source ids starting <c>demo-</c>) is removed first, so a load replaces it.
/// </summary>
public sealed class DemoLoader(Database database, CoverageStore coverages, MedicationHistoryStore history, AuditTrail audit, TimeProvider clock)
{
    private const int ChunkSize = 20_000;

    /// <summary>Job changers add an earlier coverage for about 3 % of people.</summary>
    private const double CoveragesPerPerson = 1.03;

    public async Task<DemoLoadSummary> LoadAsync(DemoDataGenerator generator, AuditActor actor, IProgress<DemoLoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = clock.GetUtcNow();
        var expected = (long)(generator.Options.People * (CoveragesPerPerson + generator.Options.History));
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var organizations = await OrganizationStore.InsertManyAsync(write, generator.Organizations, now, cancellationToken);
        await MedicationHistoryStore.DeleteSourcesAsync(write, DemoSourceIds.Prefix, cancellationToken);
        long written = 0;
        long lines = 0;
        foreach (var chunk in generator.PeopleWithHistory().Chunk(ChunkSize))
        {
            var result = await coverages.UpsertAsync(write, [.. chunk.Select(c => c.Coverage)], now, cancellationToken: cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The demo generator linked {result.MissingPreviousCoverage.Count} coverages to earlier ones it did not emit.");
            }

            var rows = HistoryRows(chunk, result.PersonIds);
            await history.InsertManyAsync(write, rows, cancellationToken: cancellationToken);
            written += chunk.Length;
            lines += rows.Count;
            progress?.Report(new DemoLoadProgress(written + lines, Math.Max(expected, written + lines)));
        }

        var detail = $"seed {generator.Options.Seed}: {organizations} organizations, {written} coverages, {lines} medication-history lines";
        await audit.AppendAsync(write, new AuditEvent(now, actor.OrganizationCode, actor.ClientId, null, "demo data set", "demo.load", AuditReason.Admin, AuditOutcome.Success, detail), cancellationToken);
        await write.CommitAsync(cancellationToken);
        return new DemoLoadSummary(organizations, written, lines, stopwatch.Elapsed);
    }

    private static List<MedicationHistoryRow> HistoryRows(DemoCoverage[] chunk, IReadOnlyList<long> personIds)
    {
        var rows = new List<MedicationHistoryRow>();
        for (var i = 0; i < chunk.Length; i++)
        {
            foreach (var record in chunk[i].History)
            {
                rows.Add(new MedicationHistoryRow(personIds[i], record));
            }
        }

        return rows;
    }
}
