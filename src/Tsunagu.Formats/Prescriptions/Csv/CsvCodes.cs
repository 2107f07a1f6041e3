using Tsunagu.Domain.People;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>The code tables of the CSV fields Tsunagu reads.</summary>
internal static class CsvCodes
{
    /// <summary>患者性別: 1 男, 2 女.</summary>
    public static readonly CsvCodeTable<Sex> Sex = CsvCodeTable<Sex>.Numeric(Domain.People.Sex.Male, Domain.People.Sex.Female);

    public static readonly CsvCodeTable<DosageForm> Form = CsvCodeTable<DosageForm>.AllNumeric();

    public static readonly CsvCodeTable<InsuranceKind> InsuranceKind = CsvCodeTable<InsuranceKind>.AllNumeric();

    public static readonly CsvCodeTable<InsuredRelationship> Relationship = CsvCodeTable<InsuredRelationship>.AllNumeric();

    public static readonly CsvCodeTable<DrugInformationKind> DrugKind = CsvCodeTable<DrugInformationKind>.AllNumeric();

    public static readonly CsvCodeTable<Potency> Potency = CsvCodeTable<Potency>.AllNumeric();

    public static readonly CsvCodeTable<DrugSupplementKind> SupplementKind = CsvCodeTable<DrugSupplementKind>.AllNumeric();

    /// <summary>
    /// 薬品コード種別: 2 レセ電, 3 薬価基準 (12 characters, as the JAHIS5 sample writes YJ-like codes), 4 YJ, 7 一般名.
    /// HOT and GTIN codes have no CSV kind; a drug coded only that way is written by name.
    /// </summary>
    public static readonly CsvCodeTable<DrugCodeSystem> DrugCodeSystem = new(
        ("2", Domain.Prescriptions.DrugCodeSystem.Receipt),
        ("3", Domain.Prescriptions.DrugCodeSystem.PriceListing),
        ("4", Domain.Prescriptions.DrugCodeSystem.Yj),
        ("7", Domain.Prescriptions.DrugCodeSystem.GenericName));
}
