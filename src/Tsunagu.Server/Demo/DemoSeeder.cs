using Tsunagu.Domain;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Demo.Drugs;
using Tsunagu.Server.Demo.Generation;
using Tsunagu.Server.Hosting;
using Tsunagu.Storage.Organizations;

namespace Tsunagu.Server.Demo;

/// <summary>
/// Makes a demo data set: on first start when TSUNAGU_DEMO is on (and the database is empty), or on demand from
/// `tsunagu demo generate`. Data, the demo drug master, demo clients and the demo-clients.json file are made together.
/// </summary>
public sealed class DemoSeeder(
    OrganizationStore organizations, DemoLoader loader, DemoDrugLoader drugs, DemoClientFactory clients, TsunaguOptions options, TimeProvider clock)
{
    public const int DefaultSeed = 20_260_401;

    private static readonly AuditActor Actor = new(Roles.Admin, "demo");

    /// <summary>Seeds a small demo set when demo mode is on and nothing is registered yet; null when it did nothing.</summary>
    public async Task<DemoCredentials?> SeedOnFirstStartAsync(CancellationToken cancellationToken = default) =>
        options.Demo && await organizations.CountAsync(cancellationToken) == 0
            ? (await GenerateAsync(options.DemoPeople, options.DemoFacilities, DefaultSeed, options.DemoHistory, progress: null, cancellationToken)).Credentials
            : null;

    /// <param name="history">Medication-history entries (drug lines) per person on average; 0 for none.</param>
    public async Task<(DemoLoadSummary Summary, DemoCredentials Credentials)> GenerateAsync(
        int people, int facilities, int seed, int history, IProgress<DemoLoadProgress>? progress, CancellationToken cancellationToken = default)
    {
        var generator = new DemoDataGenerator(new DemoDataOptions(people, facilities, seed, JapanTime.DateOf(clock.GetUtcNow()), history));
        var summary = await loader.LoadAsync(generator, Actor, progress, cancellationToken);
        var drugCount = await drugs.LoadAsync(cancellationToken);
        var credentials = await clients.CreateAsync(generator, options.DataFolder, cancellationToken);
        return (summary with { Drugs = drugCount }, credentials);
    }
}
