using Tsunagu.Domain.Codes;
using Tsunagu.Formats.Prescriptions;
using Tsunagu.Formats.Prescriptions.Csv;
using Tsunagu.Formats.Prescriptions.Fhir;
using Tsunagu.Testing;
using Tsunagu.Server.Demo.Prescriptions;

namespace Tsunagu.Formats.Tests.Prescriptions;

public sealed class DispensingTests
{
    [Fact]
    public void An_electronic_dispensing_result_reads_back_from_its_SJD1_CSV()
    {
        var result = SamplePrescriptions.ElectronicDispensing();

        var csv = DispensingCsvWriter.Write(result);

        Assert.Contains("\n82,2,2025A0000001\n", csv, StringComparison.Ordinal);
        Canonical.AssertSame(result, DispensingCsvReader.Read(csv).Value);
    }

    [Fact]
    public void A_paper_dispensing_result_reads_back_from_its_SJD1_CSV_with_patient_and_insurance()
    {
        var result = SamplePrescriptions.PaperDispensing();

        Canonical.AssertSame(result, DispensingCsvReader.Read(DispensingCsvWriter.Write(result)).Value);
    }

    [Fact]
    public void An_electronic_dispensing_result_reads_back_from_its_MedicationDispense_Bundle()
    {
        var result = SamplePrescriptions.ElectronicDispensing();

        Canonical.AssertSame(result, DispensingBundleReader.Read(DispensingBundleWriter.WriteJson(result)).Value);
    }

    [Fact]
    public void A_paper_dispensing_result_reads_back_from_its_MedicationDispense_Bundle()
    {
        var result = SamplePrescriptions.PaperDispensing();

        Canonical.AssertSame(result, DispensingBundleReader.Read(DispensingBundleWriter.WriteJson(result)).Value);
    }

    [Fact]
    public void The_dispensing_reader_dispatches_CSV_and_FHIR_to_the_same_result()
    {
        var result = SamplePrescriptions.PaperDispensing();

        var fromCsv = DocumentReaders.Dispensing.Read(System.Text.Encoding.UTF8.GetBytes(DispensingCsvWriter.Write(result)), "text/csv").Value!;
        var fromFhir = DocumentReaders.Dispensing.Read(DispensingBundleWriter.WriteJson(result), "application/fhir+json").Value!;

        Canonical.AssertSame(fromCsv.Content, fromFhir.Content);
    }

    [Fact]
    public void A_dispensing_CSV_without_prescription_ID_or_patient_answers_no_prescription()
    {
        var csv = DispensingCsvWriter.Write(SamplePrescriptions.ElectronicDispensing() with { PrescriptionId = null });

        Assert.Equal("record 82 (処方箋ID), records 11–13 (患者)", Errors.Single(DispensingCsvReader.Read(csv), PrescriptionDocumentErrors.DispensingUnlinked).Field);
    }

    [Fact]
    public void A_dispensing_CSV_from_a_medical_facility_code_is_refused()
    {
        var clinic = SamplePrescriptions.ElectronicDispensing() with { Pharmacy = SamplePrescriptions.ThreeRpsFiveDrugs().Facility };

        Assert.Equal("line 2, record 1, field 1 (医療機関コード種別（点数表）)", Errors.Single(DispensingCsvReader.Read(DispensingCsvWriter.Write(clinic)), PrescriptionDocumentErrors.PharmacyCode).Field);
    }

    [Fact]
    public void A_dispensing_Bundle_from_a_medical_facility_code_is_refused()
    {
        var clinic = SamplePrescriptions.ElectronicDispensing() with { Pharmacy = SamplePrescriptions.ThreeRpsFiveDrugs().Facility };

        Assert.Equal("Bundle.entry[0].resource.identifier.value", Errors.Single(DispensingBundleReader.Read(DispensingBundleWriter.WriteJson(clinic)), PrescriptionDocumentErrors.PharmacyCode).Field);
    }

    [Fact]
    public void A_dispensing_CSV_without_its_dispensing_date_is_missing_record_55()
    {
        var csv = CsvText.Remove(DispensingCsvWriter.Write(SamplePrescriptions.ElectronicDispensing()), "55,");

        Assert.Equal("record 55 (調剤年月日)", Errors.Single(DispensingCsvReader.Read(csv), PrescriptionCsvErrors.MissingRecord).Field);
    }

    [Fact]
    public void A_prescription_record_unknown_to_the_dispensing_layout_is_refused()
    {
        var csv = CsvText.InsertBefore(DispensingCsvWriter.Write(SamplePrescriptions.ElectronicDispensing()), "55,", "51,20250401");

        Assert.Equal($"line {CsvText.LineOf(csv, "51,")}, record 51", Errors.Single(DispensingCsvReader.Read(csv), PrescriptionCsvErrors.UnknownRecord).Field);
    }

    [Fact]
    public void A_dispensing_CSV_checks_the_pharmacy_code_check_digit()
    {
        var result = SamplePrescriptions.ElectronicDispensing();
        var code = result.Pharmacy.Code;
        var wrong = result with { Pharmacy = result.Pharmacy with { Code = code[..9] + (char)('0' + ((code[9] - '0' + 1) % 10)) } };

        Assert.Equal(ValidCodes.Facility(FeeScoreTable.Dispensing).Length, code.Length);
        Assert.Equal("line 2, record 1, field 2 (医療機関コード)", Errors.Single(DispensingCsvReader.Read(DispensingCsvWriter.Write(wrong)), CodeErrors.CheckDigitMismatch).Field);
    }

    [Fact]
    public void The_example_in_the_dispensing_CSV_document_reads()
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryRoot.Path!, "docs", "formats", "dispensing-csv.md"));
        var start = markdown.IndexOf("```csv\n", StringComparison.Ordinal) + "```csv\n".Length;
        var example = markdown[start..markdown.IndexOf("```", start, StringComparison.Ordinal)];

        var result = DispensingCsvReader.Read(example).Value!;

        Assert.Equal(("1341010013", "2025A0000001", new DateOnly(2025, 4, 2)), (result.Pharmacy.Code, result.PrescriptionId, result.DispensedOn));
        Assert.Equal([2], result.Rps.Select(r => r.Drugs.Count));
    }
}
