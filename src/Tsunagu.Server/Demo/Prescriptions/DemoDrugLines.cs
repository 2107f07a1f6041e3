using Tsunagu.Domain.Prescriptions;
using Tsunagu.Server.Demo.Drugs;

namespace Tsunagu.Server.Demo.Prescriptions;

/// <summary>
/// Drug lines (薬品) and RPs made from the demo drug master, by 薬価基準 code: the line carries the product's レセ電 code,
/// its YJ (薬価基準) code, or its 一般名コード, with the master's name and unit.
/// </summary>
public static class DemoDrugLines
{
    /// <summary>The demo product with this 薬価基準 code, coded in <paramref name="system"/> (Receipt, Yj or GenericName).</summary>
    public static RpDrug Line(int index, string priceListCode, decimal quantity, DrugCodeSystem system = DrugCodeSystem.Receipt, params DrugSupplement[] supplements)
    {
        var drug = DemoDrugMaster.Drugs.First(d => d.PriceListCode == priceListCode);
        var (code, name) = system switch
        {
            DrugCodeSystem.Receipt => (drug.ReceiptCode, drug.Name),
            DrugCodeSystem.GenericName => (drug.GenericNameCode ?? throw new ArgumentException($"{priceListCode} has no 一般名コード.", nameof(priceListCode)), drug.GenericName!),
            _ => (drug.PriceListCode, drug.Name),
        };
        return new RpDrug(index, DrugInformationKind.Medicine, new DrugCode(system, code), name, quantity, Potency.Preparation, drug.Unit, supplements);
    }

    /// <summary>An RP of 内服 for <paramref name="days"/> days, after each of three meals.</summary>
    public static Rp Oral(int number, int days, params RpDrug[] drugs) =>
        new(number, DosageForm.Internal, null, days, new RpUsage("3", "1013044400000000", "1日3回朝昼夕食後", 3), [], drugs);

    /// <summary>An RP of 外用, applied three times a day.</summary>
    public static Rp Topical(int number, params RpDrug[] drugs) =>
        new(number, DosageForm.External, null, 1, new RpUsage("3", "2B73000000000000", "1日3回 患部に貼付", null), [], drugs);
}
