using Tsunagu.Domain.Drugs;

namespace Tsunagu.Server.Demo.Drugs;

/// <summary>
/// The demo drug master and interaction table in memory, as the server holds them once <see cref="DemoDrugLoader"/>
/// has imported them: what the demo history is coded against, and what a demo check runs on.
/// </summary>
internal static class DemoCatalog
{
    public static DrugMaster Master { get; } = new(DemoDrugMaster.Drugs, DemoDrugMaster.PriceList);

    public static DrugCatalog Catalog { get; } = new(Master, InteractionTable.Build(DemoDrugMaster.Interactions, Master), 0, DemoDrugMaster.InteractionSource);
}
