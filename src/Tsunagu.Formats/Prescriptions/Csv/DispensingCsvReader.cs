using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>
/// Reads Tsunagu's dispensing-result CSV (調剤結果 CSV, header <c>SJD1</c>; docs/formats/dispensing-csv.md): 1 薬局,
/// 5 薬剤師, 11–13 患者, 21–23 保険, 55 調剤年月日, 82 処方箋ID (種別 2) and the RP records of the prescription CSV,
/// whose 調剤数量 is the days (or times) supplied. Either 82 or the patient records must be present.
/// </summary>
public static class DispensingCsvReader
{
    /// <summary>The only 処方箋番号種別 of record 82 in a dispensing CSV: the 処方箋ID the service issued.</summary>
    public const string PrescriptionIdKind = "2";

    public static ValidationResult<DispensingResult> Read(ReadOnlySpan<byte> bytes, string? charset, DocumentReadOptions? options = null) =>
        CsvReading.Read(bytes, charset, text => Read(text, options));

    public static ValidationResult<DispensingResult> Read(string text, DocumentReadOptions? options = null) =>
        CsvReading.Read(text, options, [CsvDialect.Dispensing], Read);

    private static DispensingResult? Read(CsvFieldReader reader, CsvDocument document)
    {
        var pharmacy = FacilityCsvRecords.Read(reader, document, "4", PrescriptionDocumentErrors.PharmacyCode);
        var pharmacistLine = document.Single(CsvRecords.Practitioner);
        var pharmacist = pharmacistLine is null ? null : PersonCsvRecords.ReadPractitioner(reader, pharmacistLine);
        var hasPatient = new[] { CsvRecords.PatientName, CsvRecords.PatientSex, CsvRecords.PatientBirthDate }.Any(r => document.Single(r) is not null);
        var patient = hasPatient ? PersonCsvRecords.ReadPatient(reader, document, narcotic: null) : null;
        var insurance = InsuranceCsvRecords.ReadInsurance(reader, document);
        var dispensedLine = document.Required(CsvRecords.DispensedOn, reader);
        var dispensedOn = dispensedLine is null ? null : reader.Date(dispensedLine, CsvFields.DispensedOn, required: true);
        var prescriptionId = ReadPrescriptionId(reader, document);
        var rps = RpCsvRecords.Read(reader, document);
        if (prescriptionId is null && !hasPatient)
        {
            reader.AddDocument(PrescriptionDocumentErrors.DispensingUnlinked, "record 82 (処方箋ID), records 11–13 (患者)", "one of them is needed");
        }

        return pharmacy is null || dispensedOn is null
            ? null
            : new DispensingResult(pharmacy, pharmacist, dispensedOn.Value, prescriptionId, patient, insurance, rps);
    }

    private static string? ReadPrescriptionId(CsvFieldReader reader, CsvDocument document)
    {
        var line = document.Single(CsvRecords.PrescriptionNumber);
        if (line is null)
        {
            return null;
        }

        var kind = reader.Text(line, CsvFields.PrescriptionNumberKind, required: true);
        if (kind is not null && kind != PrescriptionIdKind)
        {
            reader.Add(InputErrors.NotInTable, line, CsvFields.PrescriptionNumberKind, $"'{kind}' here; a dispensing CSV names the 処方箋ID (種別 {PrescriptionIdKind})");
        }

        return reader.Text(line, CsvFields.PrescriptionNumber, required: true);
    }
}
