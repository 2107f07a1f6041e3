using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Tsunagu.Domain.Audit;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Hosting;
using Tsunagu.Storage;
using Tsunagu.Storage.Audit;
using Tsunagu.Storage.Migrations;

namespace Tsunagu.Benchmarks.Audit;

/// <summary>
/// The audit record of a read, in process on a SQLite file, split into its parts: linking an event into the hash chain,
/// storing a batch of records in one committed transaction, and the whole path an eligibility check waits on
/// (<see cref="AuditTrail.RecordAsync"/> from 32 concurrent callers, group-committed by the trail's writer). Each
/// benchmark reports the cost per record.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet needs an unsealed class; [GlobalCleanup] disposes the trail.")]
public class AuditTrailBenchmarks
{
    private const int Callers = 32;

    /// <summary>About what each commit of the trail's writer holds under the eligibility wrk scenario, where commits follow one another closely.</summary>
    private const int SmallBatch = 4;

    private readonly AuditEvent auditEvent = new(
        DateTimeOffset.UtcNow, "1310000011", "clinic-1310000011", 123_456, "01400019 67162662 1 00", "eligibility.check",
        AuditReason.Care, AuditOutcome.Success, "validity 1");

    private string folder = null!;
    private Database database = null!;
    private AuditAppender appender = null!;
    private AuditTrail trail = null!;
    private AuditEvent[] batch = null!;
    private AuditEvent[] smallBatch = null!;
    private long sequence;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        folder = Directory.CreateTempSubdirectory("tsunagu-audit-bench").FullName;
        database = await DatabaseFactory.OpenAsync(null, folder);
        await new MigrationRunner(database, TimeProvider.System).MigrateAsync();
        appender = new AuditAppender(database, "bench");
        trail = new AuditTrail(database, appender, new TsunaguOptions(), NullLogger<AuditTrail>.Instance);
        await trail.StartAsync(CancellationToken.None);
        batch = [.. Enumerable.Repeat(auditEvent, Callers)];
        smallBatch = [.. Enumerable.Repeat(auditEvent, SmallBatch)];
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await trail.StopAsync(CancellationToken.None);
        trail.Dispose();
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Hashing one event into the chain (SHA-256 over its fields and the previous hash).</summary>
    [Benchmark]
    public AuditRecord Link() => AuditChain.Link("bench", ++sequence, auditEvent, AuditChain.Genesis);

    /// <summary>32 records stored in one transaction committed without a flush, as the trail's writer does.</summary>
    [Benchmark(OperationsPerInvoke = Callers)]
    public Task<IReadOnlyList<AuditRecord>> AppendBatch() => appender.AppendAsync(batch, WriteDurability.Committed);

    /// <summary>4 records per committed transaction: the per-commit work (head, statements, commit) shared by fewer records.</summary>
    [Benchmark(OperationsPerInvoke = SmallBatch)]
    public Task<IReadOnlyList<AuditRecord>> AppendSmallBatch() => appender.AppendAsync(smallBatch, WriteDurability.Committed);

    /// <summary>32 callers each waiting for their record to be committed, as concurrent eligibility checks do.</summary>
    [Benchmark(OperationsPerInvoke = Callers)]
    public Task RecordFromConcurrentCallers() => Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => trail.RecordAsync(auditEvent)));
}
