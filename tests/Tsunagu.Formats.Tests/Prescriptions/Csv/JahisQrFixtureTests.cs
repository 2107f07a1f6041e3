using Tsunagu.Domain.Codes;
using Tsunagu.Domain.People;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Formats.Prescriptions.Csv;

namespace Tsunagu.Formats.Tests.Prescriptions.Csv;

public sealed class JahisQrFixtureTests
{
    private static Prescription Read() => PrescriptionCsvReader.Read(Fixtures.Bytes(Fixtures.QrCsv), "utf-8", Fixtures.Lenient).Value!;

    [Fact]
    public void The_JAHIS5_example_reads_its_facility_doctor_and_department()
    {
        var prescription = Read();

        Assert.Equal(new Facility("1311234567", "医療法人社団ｘｙｚ会　オルカクリニック", "113-0021", "東京都文京区本駒込２−２８−１６　ほげほげビル９９Ｆ", "03-3946-0001"), prescription.Facility);
        Assert.Equal('1', prescription.Facility.FeeScoreTable);
        Assert.Equal(new Practitioner("テスト医師", null, "62516"), prescription.Doctor);
        Assert.Equal(new Department("01", "内科"), prescription.Department);
        Assert.Equal(new DateOnly(2020, 3, 19), prescription.IssueDate);
        Assert.Null(prescription.ExpiryDate);
        Assert.Null(prescription.RefillCount);
    }

    [Fact]
    public void The_JAHIS5_example_reads_its_patient_with_the_narcotic_address_and_phone()
    {
        Assert.Equal(
            new PrescriptionPatient("九亜流　花子", "ｷｭｳｱｰﾙ ﾊﾅｺ", Sex.Female, new DateOnly(1967, 10, 12), null, "東京都世田谷区１−２３−４５−６７８", "03-1111-2222"),
            Read().Patient);
    }

    [Fact]
    public void The_JAHIS5_example_reads_its_insurance_and_public_expense()
    {
        var prescription = Read();

        Assert.Equal(new InsuranceCoverage(InsuranceKind.EmployeeInsurance, "06270409", null, null, InsuredRelationship.Insured), prescription.Insurance);
        Assert.Equal([new PublicExpense(1, "21136791", "6247373")], prescription.PublicExpenses);
    }

    [Fact]
    public void The_JAHIS5_example_reads_six_RPs_with_their_forms_quantities_and_usages()
    {
        var rps = Read().Rps;

        Assert.Equal([1, 2, 3, 4, 5, 6], rps.Select(r => r.Number));
        Assert.Equal(
            [DosageForm.Internal, DosageForm.Internal, DosageForm.Internal, DosageForm.External, DosageForm.Injection, DosageForm.External],
            rps.Select(r => r.Form));
        Assert.Equal([14m, 14m, 14m, 1m, 1m, 1m], rps.Select(r => r.Quantity));
        Assert.Equal(new RpUsage("1", null, "1日3回 毎食後", 3), rps[0].Usage);
        Assert.Equal(new RpUsage("1", null, "1日2回 貼付", 0), rps[3].Usage);
        Assert.Equal([2, 1, 1, 1, 1, 2], rps.Select(r => r.Drugs.Count));
    }

    [Fact]
    public void The_JAHIS5_example_reads_generic_receipt_and_twelve_character_codes()
    {
        var rps = Read().Rps;

        var loxoprofen = rps[0].Drugs[0];
        Assert.Equal(new DrugCode(DrugCodeSystem.GenericName, "1149019F1ZZZ"), loxoprofen.Code);
        Assert.Equal("【般】ロキソプロフェンＮａ錠６０ｍｇ", loxoprofen.Name);
        Assert.Equal((3m, "錠", Potency.Preparation, DrugInformationKind.Medicine), (loxoprofen.Quantity, loxoprofen.Unit, loxoprofen.Potency, loxoprofen.Kind));
        Assert.Equal([new DrugSupplement(null, "別包")], loxoprofen.Supplements);
        Assert.Equal(new DrugCode(DrugCodeSystem.Receipt, "620452801"), rps[0].Drugs[1].Code);
        Assert.Equal(new DrugCode(DrugCodeSystem.PriceListing, "2171014G1020"), rps[1].Drugs[0].Code);
    }

    [Fact]
    public void The_JAHIS5_example_keeps_coded_drug_supplements_and_uncoded_drugs()
    {
        var rps = Read().Rps;

        var adalat = rps[1].Drugs[0];
        Assert.Equal([new DrugSupplement(DrugSupplementKind.Crushing, "粉砕"), new DrugSupplement(DrugSupplementKind.NoGenericSubstitution, "後発品変更不可")], adalat.Supplements);
        Assert.True(adalat.GenericSubstitutionForbidden);
        var ointment = rps[5].Drugs[1];
        Assert.Equal(("グリメサゾン軟膏", 30m, "g"), (ointment.Name, ointment.Quantity, ointment.Unit));
        Assert.Null(ointment.Code);
    }

    [Fact]
    public void The_JAHIS5_example_is_refused_by_default_for_its_dummy_facility_code()
    {
        var result = PrescriptionCsvReader.Read(Fixtures.Bytes(Fixtures.QrCsv), "utf-8");

        var error = Errors.Single(result, CodeErrors.CheckDigitMismatch);
        Assert.Equal("line 2, record 1, field 2 (医療機関コード)", error.Field);
        Assert.Equal(2, error.Index);
    }

    [Fact]
    public void The_NSIPS_pharmacy_export_is_refused_as_a_different_layout()
    {
        var result = PrescriptionCsvReader.Read(Fixtures.Bytes(Fixtures.NsipsCsv), "utf-8");

        Assert.Equal("line 1, record VER010401", Errors.Single(result, PrescriptionCsvErrors.NsipsNotSupported).Field);
    }
}
