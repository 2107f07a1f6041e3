using System.Globalization;
using Tsunagu.Domain.Codes;
using Tsunagu.Domain.People;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Server.Demo.Prescriptions;

/// <summary>
/// Realistic canonical prescriptions and dispensing results over the demo drug master, with check-digit-valid codes:
/// 3 RPs and 5 drugs (two 内服 RPs of 14 days and one 外用), coded in レセ電, YJ and 一般名, with 後発品変更不可, 公費 and
/// 備考. The writers turn them into documents for tests, benchmarks and demo request bodies.
/// </summary>
public static class SamplePrescriptions
{
    public static Facility Clinic { get; } = new(WithCheckDigit("131020001"), "つなぐ内科クリニック", "113-0021", "東京都文京区本駒込２－２８－１６", "03-3946-0001");

    public static Facility Pharmacy { get; } = new(WithCheckDigit("134020001"), "つなぐ薬局", "113-0022", "東京都文京区千駄木１－１－１", "03-3946-1111");

    public static PrescriptionPatient Patient { get; } = new("鈴木　花子", "ｽｽﾞｷ ﾊﾅｺ", Sex.Female, new DateOnly(1967, 10, 12), "P0001");

    public static InsuranceCoverage Insurance { get; } = new(InsuranceKind.EmployeeInsurance, WithCheckDigit("0627100"), "12-34", "5678", InsuredRelationship.Insured, "01", 30);

    public static Practitioner Pharmacist { get; } = new("佐藤　花子", "ｻﾄｳ ﾊﾅｺ");

    public static Prescription ThreeRpsFiveDrugs() => ThreeRpsFiveDrugs(Clinic, Patient, Insurance, new DateOnly(2025, 4, 1));

    /// <summary>The sample for another facility, patient or day: usable 4 days including <paramref name="issueDate"/>.</summary>
    public static Prescription ThreeRpsFiveDrugs(Facility facility, PrescriptionPatient patient, InsuranceCoverage insurance, DateOnly issueDate) =>
        With(facility, patient, insurance, issueDate,
        [
            DemoDrugLines.Oral(1, 14,
                DemoDrugLines.Line(1, "2233002F1174", 3),
                DemoDrugLines.Line(2, "1149019F1560", 3, DrugCodeSystem.GenericName, new DrugSupplement(DrugSupplementKind.NoGenericSubstitution, "後発品変更不可"))),
            DemoDrugLines.Oral(2, 14, DemoDrugLines.Line(1, "2149040F3029", 1, DrugCodeSystem.Yj), DemoDrugLines.Line(2, "2329030F2027", 1)) with
            {
                Usage = new RpUsage("3", "1012040400000000", "1日2回朝夕食後", 2),
            },
            DemoDrugLines.Topical(3, DemoDrugLines.Line(1, "2649729S2169", 14, DrugCodeSystem.Yj)) with { UsageSupplements = ["患部を清潔にしてから貼付"] },
        ]);

    /// <summary>A prescription of <paramref name="rps"/> by a doctor of <paramref name="facility"/>, with the sample's 公費 and 備考.</summary>
    public static Prescription With(Facility facility, PrescriptionPatient patient, InsuranceCoverage insurance, DateOnly issueDate, IReadOnlyList<Rp> rps) => new(
        issueDate,
        issueDate.AddDays(3),
        facility,
        new Practitioner("山田　太郎", "ﾔﾏﾀﾞ ﾀﾛｳ"),
        new Department("01", "内科"),
        patient,
        insurance,
        [new Domain.Prescriptions.PublicExpense(1, "54016027", "1234566")],
        null,
        ["一包化をお願いします。"],
        rps);

    /// <summary>The 調剤結果 of an electronic prescription: it names the 処方箋ID and repeats the dispensed RPs.</summary>
    public static DispensingResult ElectronicDispensing() => Dispensing(Pharmacy, "2025A0000001", new DateOnly(2025, 4, 2), ThreeRpsFiveDrugs().Rps);

    /// <summary>The 調剤結果 of a paper prescription: no 処方箋ID, so the patient and insurance identify it.</summary>
    public static DispensingResult PaperDispensing()
    {
        var prescription = ThreeRpsFiveDrugs();
        return ElectronicDispensing() with { PrescriptionId = null, Patient = prescription.Patient, Insurance = prescription.Insurance };
    }

    /// <summary>
    /// A pharmacy's 調剤結果 of <paramref name="rps"/> as dispensed: the prescriber's coded instructions (後発品変更不可) stay
    /// on the prescription, and the pharmacy notes what it did in free text.
    /// </summary>
    public static DispensingResult Dispensing(Facility pharmacy, string? prescriptionId, DateOnly dispensedOn, IReadOnlyList<Rp> rps) => new(
        pharmacy,
        Pharmacist,
        dispensedOn,
        prescriptionId,
        null,
        null,
        [
            .. rps.Select(rp => rp with
            {
                Drugs = [.. rp.Drugs.Select(d => d with { Supplements = d.Index == 1 && rp.Number == 1 ? [new DrugSupplement(null, "一包化して交付")] : [] })],
            }),
        ]);

    private static string WithCheckDigit(string body) => body + CheckDigits.Mhlw(body).ToString(CultureInfo.InvariantCulture);
}
