using Tsunagu.Domain.People;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Formats.Prescriptions.Fhir;

namespace Tsunagu.Formats.Tests.Prescriptions.Fhir;

public sealed class EPrescriptionBundleFixtureTests
{
    private static Prescription Read(string name) => PrescriptionBundleReader.Read(Fixtures.Bytes(name), Fixtures.Lenient).Value!;

    [Fact]
    public void The_ePreData_example_reads_its_dates_facility_and_doctor()
    {
        var prescription = Read(Fixtures.EPreDataBundle);

        Assert.Equal(new DateOnly(2020, 8, 21), prescription.IssueDate);
        Assert.Null(prescription.ExpiryDate);
        Assert.Equal(new Facility("1311234567", "第一病院", null, "〒100-0001 東京都千代田区千代田９－９－９", "0123-456-7890"), prescription.Facility);
        Assert.Equal(new Practitioner("神奈川　花子", "カナガワ　ハナコ"), prescription.Doctor);
        Assert.Null(prescription.Department);
        Assert.Null(prescription.RefillCount);
    }

    [Fact]
    public void The_ePreData_example_reads_its_patient_insurance_and_public_expense()
    {
        var prescription = Read(Fixtures.EPreDataBundle);

        Assert.Equal(new PrescriptionPatient("東京　太郎", "トウキョウ　タロウ", Sex.Male, new DateOnly(1920, 2, 11), "00000010", "神奈川県横浜市港区１－２－３"), prescription.Patient);
        Assert.Equal(new InsuranceCoverage(InsuranceKind.EmployeeInsurance, "06123456", "12345", "６７８９０", InsuredRelationship.Insured, "01", 30), prescription.Insurance);
        Assert.Equal([new PublicExpense(1, "94733", "12345678")], prescription.PublicExpenses);
        Assert.Equal(["患者は聴覚障害のため説明を紙に記載して渡すようにしてください。"], prescription.Remarks);
    }

    [Fact]
    public void The_ePreData_example_reads_an_oral_RP_preferring_the_YJ_code_over_HOT9()
    {
        var rp = Read(Fixtures.EPreDataBundle).Rps[0];

        Assert.Equal((1, DosageForm.Internal, 7m), (rp.Number, rp.Form, rp.Quantity));
        Assert.Equal(new RpUsage("3", "1013044400000000", "内服・経口・１日３回朝昼夕食後", 3), rp.Usage);
        var drug = Assert.Single(rp.Drugs);
        Assert.Equal(new DrugCode(DrugCodeSystem.Yj, "2233002F1280"), drug.Code);
        Assert.Equal(("カルボシステイン錠２５０ｍｇ", 3m, "錠", Potency.Preparation), (drug.Name, drug.Quantity, drug.Unit, drug.Potency));
        Assert.Equal([new DrugSupplement(DrugSupplementKind.NoGenericSubstitution, "変更不可"), new DrugSupplement(null, "薬剤単位の備考")], drug.Supplements);
    }

    [Fact]
    public void The_ePreData_example_reads_an_external_RP_from_its_JAMI_usage_code()
    {
        var rp = Read(Fixtures.EPreDataBundle).Rps[1];

        Assert.Equal((2, DosageForm.External, 1m), (rp.Number, rp.Form, rp.Quantity));
        Assert.Equal(new RpUsage("3", "2B73000000000000", "塗布 １日３回", null), rp.Usage);
        Assert.Equal(["１日３回患部に塗布（すね）"], rp.UsageSupplements);
        var drug = Assert.Single(rp.Drugs);
        Assert.Equal((new DrugCode(DrugCodeSystem.Hot9, "106062101"), 2m, "本"), (drug.Code, drug.Quantity, drug.Unit));
    }

    [Fact]
    public void The_JP_Core_profiled_example_resolves_relative_references_and_finds_the_department()
    {
        var prescription = Read(Fixtures.EPreBundle);

        Assert.Equal(new Department("01", "内科"), prescription.Department);
        Assert.Equal("東京　太郎", prescription.Patient.Name);
        Assert.Equal("06123456", prescription.Insurance?.InsurerNumber);
        Assert.Equal([new PublicExpense(1, "01234567", "12345678")], prescription.PublicExpenses);
    }

    [Fact]
    public void The_JP_Core_profiled_example_keeps_two_unlike_drugs_numbered_RP_1_as_two_RPs()
    {
        var rps = Read(Fixtures.EPreBundle).Rps;

        Assert.Equal([(1, DosageForm.Internal), (1, DosageForm.External)], rps.Select(r => (r.Number, r.Form)));
        Assert.Equal("カルボシステイン２５０ｍｇ錠", rps[0].Drugs[0].Name);
        Assert.Equal(("外用・点眼・１日３回", "2H73000000000000"), (rps[1].Usage.Text, rps[1].Usage.Code));
        Assert.Equal(["外用・点眼・１日３回　１回２滴（左眼）"], rps[1].UsageSupplements);
        Assert.Equal((new DrugCode(DrugCodeSystem.Hot9, "102094601"), 2m, "本"), (rps[1].Drugs[0].Code, rps[1].Drugs[0].Quantity, rps[1].Drugs[0].Unit));
    }
}
