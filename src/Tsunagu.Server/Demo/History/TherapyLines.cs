using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Server.Demo.Drugs;

namespace Tsunagu.Server.Demo.History;

/// <summary>
/// A therapy's drug lines (薬品), made once and shared by every prescription that writes it: coded by レセ電 code, as a
/// pharmacy reports what it dispensed, and — where the product has one — by 一般名コード, as many prescribers write.
/// </summary>
internal sealed class TherapyLines
{
    public TherapyLines(Therapy therapy)
    {
        Therapy = therapy;
        var products = therapy.Drugs.Select(d => DemoDrugMaster.Drugs.FirstOrDefault(p => p.PriceListCode == d.PriceListCode)
            ?? throw new InvalidOperationException($"The demo master has no drug {d.PriceListCode}.")).ToArray();
        Receipt = [.. products.Select((p, i) => Line(i + 1, DrugCodeSystem.Receipt, p.ReceiptCode, p.Name, p, therapy.Drugs[i].Quantity))];
        Generic = [.. products.Select((p, i) => p.GenericNameCode is { } code
            ? Line(i + 1, DrugCodeSystem.GenericName, code, p.GenericName!, p, therapy.Drugs[i].Quantity)
            : Receipt[i])];
        HasGeneric = products.Any(p => p.GenericNameCode is not null);
    }

    public Therapy Therapy { get; }

    /// <summary>The drugs by レセ電 code, each with the master's drug.</summary>
    public IReadOnlyList<(RpDrug Drug, ResolvedDrug Resolved)> Receipt { get; }

    /// <summary>The drugs by 一般名コード where they have one, else by レセ電 code.</summary>
    public IReadOnlyList<(RpDrug Drug, ResolvedDrug Resolved)> Generic { get; }

    public bool HasGeneric { get; }

    public IReadOnlyList<(RpDrug Drug, ResolvedDrug Resolved)> Written(bool generic) => generic ? Generic : Receipt;

    private static (RpDrug, ResolvedDrug) Line(int index, DrugCodeSystem system, string code, string name, Drug product, decimal quantity) =>
        (new RpDrug(index, DrugInformationKind.Medicine, new DrugCode(system, code), name, quantity, Potency.Preparation, product.Unit, []),
         DemoCatalog.Master.Recall(code) ?? throw new InvalidOperationException($"The demo master does not resolve {code}."));
}
