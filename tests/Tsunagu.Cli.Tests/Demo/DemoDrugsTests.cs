using Tsunagu.Cli.Tests.Import;
using Tsunagu.Cli.Tests.Support;
using Tsunagu.Server.Demo.Drugs;
using Tsunagu.Testing;

namespace Tsunagu.Cli.Tests.Demo;

public sealed class DemoDrugsTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Demo_generate_loads_the_demo_drug_master_and_its_interaction_table()
    {
        var run = await CliRun.InvokeAsync("demo", "generate", "--people", "20", "--facilities", "10", "--data", data.Path);

        var catalog = await StoredCatalog.LoadAsync(data.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{DemoDrugMaster.Drugs.Count} drugs into sqlite", run.Output, StringComparison.Ordinal);
        Assert.Equal(DemoDrugMaster.Drugs.Count, catalog.Master.Count);
        Assert.Equal(DemoDrugMaster.Drugs.Count, catalog.Master.KeyedByIngredientName);
        Assert.Equal(DemoDrugMaster.InteractionSource, catalog.InteractionSource);
    }
}
