using Tsunagu.Domain.Codes;
using Tsunagu.Domain.People;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Testing.Prescriptions;

/// <summary>
/// Realistic canonical prescriptions and dispensing results with check-digit-valid codes: 3 RPs and 5 drugs (two 内服 RPs
/// and one 外用), coded in レセ電, YJ and 一般名, with 後発品変更不可, 公費 and 備考. Writers turn them into test inputs.
/// </summary>
public static class SamplePrescriptions
{
    public static Prescription ThreeRpsFiveDrugs() => new(
        new DateOnly(2025, 4, 1),
        new DateOnly(2025, 4, 4),
        new Facility(ValidCodes.Facility(FeeScoreTable.Medical), "つなぐ内科クリニック", "113-0021", "東京都文京区本駒込２－２８－１６", "03-3946-0001"),
        new Practitioner("山田　太郎", "ﾔﾏﾀﾞ ﾀﾛｳ"),
        new Department("01", "内科"),
        new PrescriptionPatient("鈴木　花子", "ｽｽﾞｷ ﾊﾅｺ", Sex.Female, new DateOnly(1967, 10, 12), "P0001"),
        new InsuranceCoverage(InsuranceKind.EmployeeInsurance, ValidCodes.Insurer(), "12-34", "5678", InsuredRelationship.Insured, "01", 30),
        [new PublicExpense(1, "54016027", "1234566")],
        null,
        ["一包化をお願いします。"],
        [
            new Rp(1, DosageForm.Internal, null, 14, new RpUsage("3", "1013044400000000", "1日3回朝昼夕食後", 3), [],
            [
                Drug(1, DrugCodeSystem.Receipt, "610453119", "ムコダイン錠２５０ｍｇ", 3, "錠"),
                Drug(2, DrugCodeSystem.GenericName, "1149019F1ZZZ", "【般】ロキソプロフェンＮａ錠６０ｍｇ", 3, "錠", new DrugSupplement(DrugSupplementKind.NoGenericSubstitution, "後発品変更不可")),
            ]),
            new Rp(2, DosageForm.Internal, null, 14, new RpUsage("3", "1012040400000000", "1日2回朝夕食後", 2), [],
            [
                Drug(1, DrugCodeSystem.Yj, "2171014G1020", "アダラートＬ錠１０ｍｇ", 2, "錠"),
                Drug(2, DrugCodeSystem.Receipt, "620452801", "ムコスタ錠１００ｍｇ", 2, "錠"),
            ]),
            new Rp(3, DosageForm.External, null, 1, new RpUsage("3", "2B73000000000000", "1日3回 患部に塗布", null), ["患部を清潔にしてから貼付"],
                [Drug(1, DrugCodeSystem.Yj, "2649843S1039", "ＭＳ温シップ「タイホウ」２０ｇ", 20, "g")]),
        ]);

    /// <summary>The 調剤結果 of an electronic prescription: it names the 処方箋ID and repeats the dispensed RPs.</summary>
    public static DispensingResult ElectronicDispensing() => new(
        new Facility(ValidCodes.Facility(FeeScoreTable.Dispensing), "つなぐ薬局", "113-0022", "東京都文京区千駄木１－１－１", "03-3946-1111"),
        new Practitioner("佐藤　花子", "ｻﾄｳ ﾊﾅｺ"),
        new DateOnly(2025, 4, 2),
        "2025A0000001",
        null,
        null,
        DispensedRps());

    /// <summary>The 調剤結果 of a paper prescription: no 処方箋ID, so the patient and insurance identify it.</summary>
    public static DispensingResult PaperDispensing()
    {
        var prescription = ThreeRpsFiveDrugs();
        return ElectronicDispensing() with { PrescriptionId = null, Patient = prescription.Patient, Insurance = prescription.Insurance };
    }

    /// <summary>
    /// The sample's RPs as dispensed: the prescriber's coded instructions (後発品変更不可) stay on the prescription, and
    /// the pharmacy notes what it did in free text.
    /// </summary>
    private static List<Rp> DispensedRps() =>
    [
        .. ThreeRpsFiveDrugs().Rps.Select(rp => rp with
        {
            Drugs = [.. rp.Drugs.Select(d => d with { Supplements = d.Index == 1 && rp.Number == 1 ? [new DrugSupplement(null, "一包化して交付")] : [] })],
        }),
    ];

    private static RpDrug Drug(int index, DrugCodeSystem system, string code, string name, decimal quantity, string unit, params DrugSupplement[] supplements) =>
        new(index, DrugInformationKind.Medicine, new DrugCode(system, code), name, quantity, Potency.Preparation, unit, supplements);
}
