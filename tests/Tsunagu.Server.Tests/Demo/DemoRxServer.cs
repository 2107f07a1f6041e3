using Tsunagu.Server.Demo;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Server.Tests.Demo;

/// <summary>
/// A server holding a demo data set with a medication history, as the load scenarios run it: the data folder's test
/// CAs made (as <c>tsunagu pki init</c> makes them), then <c>demo generate</c>'s people, history, drug master and clients.
/// </summary>
public abstract class DemoRxServer : TsunaguServerFixture
{
    public const int People = 600;
    public const int Facilities = 300;
    public const int History = 10;
    public const int Seed = 11;

    public DemoCredentials Credentials { get; private set; } = null!;

    protected override void PrepareDataFolder(string path) =>
        Assert.True(new CertificateAuthorityStore(new PkiFolder(path)).Initialize(force: false, DateTimeOffset.UtcNow).IsValid);

    protected override async Task StartedAsync() =>
        Credentials = (await Service<DemoSeeder>().GenerateAsync(People, Facilities, Seed, History, progress: null)).Credentials;
}
