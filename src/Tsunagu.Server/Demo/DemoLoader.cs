using System.Diagnostics;
using System.Threading.Channels;
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
/// previous load left (source ids starting <c>demo-</c>) is removed first, so a load replaces it. The next chunks are
/// generated on another thread while one is written: making a history costs about a third of writing it. The load ends
/// by letting the engine settle (<see cref="Database.SettleAfterBulkLoadAsync"/>), so the service does not run beside a
/// vacuum of the whole data set.
/// </summary>
public sealed class DemoLoader(Database database, CoverageStore coverages, MedicationHistoryStore history, AuditTrail audit, TimeProvider clock)
{
    private const int ChunkSize = 20_000;
    private const int ChunksAhead = 2;

    /// <summary>Job changers add an earlier coverage for about 3 % of people.</summary>
    private const double CoveragesPerPerson = 1.03;

    public async Task<DemoLoadSummary> LoadAsync(DemoDataGenerator generator, AuditActor actor, IProgress<DemoLoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var (organizations, written, lines) = await WriteAsync(generator, actor, progress, cancellationToken);
        await database.SettleAfterBulkLoadAsync(cancellationToken);
        return new DemoLoadSummary(organizations, written, lines, stopwatch.Elapsed);
    }

    /// <summary>The load's one transaction, committed and its connection given back before the engine settles.</summary>
    private async Task<(int Organizations, long Coverages, long Lines)> WriteAsync(
        DemoDataGenerator generator, AuditActor actor, IProgress<DemoLoadProgress>? progress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expected = (long)(generator.Options.People * (CoveragesPerPerson + generator.Options.History));
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var organizations = await OrganizationStore.InsertManyAsync(write, generator.Organizations, now, cancellationToken);
        await MedicationHistoryStore.DeleteSourcesAsync(write, DemoSourceIds.Prefix, cancellationToken);
        long written = 0;
        long lines = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var chunks = Channel.CreateBounded<DemoCoverage[]>(new BoundedChannelOptions(ChunksAhead) { SingleReader = true, SingleWriter = true });
        var generating = GenerateAsync(generator, chunks.Writer, stop.Token);
        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
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
        }
        finally
        {
            await stop.CancelAsync();
            await generating;
        }

        var detail = $"seed {generator.Options.Seed}: {organizations} organizations, {written} coverages, {lines} medication-history lines";
        await audit.AppendAsync(write, new AuditEvent(now, actor.OrganizationCode, actor.ClientId, null, "demo data set", "demo.load", AuditReason.Admin, AuditOutcome.Success, detail), cancellationToken);
        await write.CommitAsync(cancellationToken);
        return (organizations, written, lines);
    }

    /// <summary>Fills <paramref name="chunks"/> on a pool thread; what goes wrong there ends the channel, and so the load, with the error.</summary>
    private static Task GenerateAsync(DemoDataGenerator generator, ChannelWriter<DemoCoverage[]> chunks, CancellationToken cancellationToken) => Task.Run(async () =>
    {
        try
        {
            foreach (var chunk in generator.PeopleWithHistory().Chunk(ChunkSize))
            {
                await chunks.WriteAsync(chunk, cancellationToken);
            }

            chunks.Complete();
        }
        catch (Exception e)
        {
            chunks.Complete(e);
        }
    }, CancellationToken.None);

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
