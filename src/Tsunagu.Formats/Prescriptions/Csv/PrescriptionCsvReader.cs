using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>
/// Reads the prescription CSV (処方箋 CSV): the service's <c>SJ1</c> or the JAHIS 2次元シンボル <c>JAHISn</c>. Every
/// error of the file is reported, each naming line, record, field position and field name. Mandatory: 1 医療機関,
/// 5 医師, 11–13 患者, 51 交付年月日 and at least one RP (101 with 111 and a 201). The CSV has no リフィル record, so
/// <see cref="Prescription.RefillCount"/> is always null from here.
/// </summary>
public static class PrescriptionCsvReader
{
    /// <param name="charset">The declared charset (e.g. from <c>Content-Type</c>), or null to detect UTF-8, then Shift_JIS.</param>
    public static ValidationResult<Prescription> Read(ReadOnlySpan<byte> bytes, string? charset, DocumentReadOptions? options = null) =>
        CsvReading.Read(bytes, charset, text => Read(text, options));

    public static ValidationResult<Prescription> Read(string text, DocumentReadOptions? options = null) =>
        CsvReading.Read(text, options, [CsvDialect.Sj1, CsvDialect.Jahis], Read);

    private static Prescription? Read(CsvFieldReader reader, CsvDocument document)
    {
        var facility = FacilityCsvRecords.Read(reader, document, "13", InputErrors.NotInTable);
        var narcotic = PersonCsvRecords.Narcotic(document);
        var doctorLine = document.Required(CsvRecords.Practitioner, reader);
        var doctor = doctorLine is null ? null : PersonCsvRecords.ReadPractitioner(reader, doctorLine, narcotic?[CsvFields.NarcoticLicense]);
        var department = PersonCsvRecords.ReadDepartment(reader, document);
        var patient = PersonCsvRecords.ReadPatient(reader, document, narcotic);
        var insurance = InsuranceCsvRecords.ReadInsurance(reader, document);
        var expenses = InsuranceCsvRecords.ReadPublicExpenses(reader, document);
        var issueLine = document.Required(CsvRecords.IssueDate, reader);
        var issued = issueLine is null ? null : reader.Date(issueLine, CsvFields.IssueDate, required: true);
        var expiryLine = document.Single(CsvRecords.ExpiryDate);
        var expiry = expiryLine is null ? null : reader.Date(expiryLine, CsvFields.ExpiryDate);
        var remarks = document.All(CsvRecords.Remark).Select(l => reader.Text(l, CsvFields.Remark, required: true)).OfType<string>().ToList();
        var rps = RpCsvRecords.Read(reader, document);
        return facility is null || doctor is null || patient is null || issued is null
            ? null
            : new Prescription(issued.Value, expiry, facility, doctor, department, patient, insurance, expenses, null, remarks, rps);
    }
}
