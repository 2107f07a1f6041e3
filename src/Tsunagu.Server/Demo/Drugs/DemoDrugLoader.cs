using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Masters;
using Tsunagu.Storage.Drugs;

namespace Tsunagu.Server.Demo.Drugs;

/// <summary>
/// Loads the demo drug master the way an operator loads the real one: its generated files go through the same readers
/// and the same store as <c>tsunagu import drug-master --yakka</c> and <c>tsunagu import interactions</c>.
/// </summary>
public sealed class DemoDrugLoader(DrugStore store, TimeProvider clock)
{
    /// <summary>Imports the demo master, its 薬価基準 list and its interaction table; returns how many drugs it holds.</summary>
    public async Task<int> LoadAsync(CancellationToken cancellationToken = default)
    {
        var at = clock.GetUtcNow();
        var master = Valid(DrugMasterReader.Read(DemoDrugMaster.MasterCsv()));
        var priceList = Valid(PriceListReader.Read(DemoDrugMaster.PriceListCsv()));
        var interactions = Valid(InteractionReader.Read(DemoDrugMaster.InteractionCsv()));
        await store.ImportMasterAsync(master, DemoDrugMaster.Source, priceList, DemoDrugMaster.Source, at, cancellationToken: cancellationToken);
        await store.ImportInteractionsAsync(interactions, DemoDrugMaster.InteractionSource, at, cancellationToken);
        return master.Count;
    }

    private static T Valid<T>(ValidationResult<T> result) =>
        result.IsValid ? result.Value! : throw new InvalidOperationException($"The demo drug master does not read back: {result.Errors[0].Field} {result.Errors[0].Error.Code}");
}
