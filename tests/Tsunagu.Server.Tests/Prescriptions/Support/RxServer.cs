using Tsunagu.Server.Demo.Drugs;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

/// <summary>A server for the prescription tests: the test HPKI CA trusted, the demo drug master loaded.</summary>
public abstract class RxServer : TsunaguServerFixture
{
    protected override void PrepareDataFolder(string path) => RxPki.Instance.WriteTrust(path);

    protected override async Task StartedAsync() => await Service<DemoDrugLoader>().LoadAsync();
}
