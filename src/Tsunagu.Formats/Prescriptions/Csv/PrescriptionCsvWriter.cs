using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>
/// Writes a prescription as <c>SJ1</c> or <c>JAHIS5</c> CSV (records grouped per RP, LF line ends) for tests,
/// benchmarks and demo data. JAHIS5 has no 枝番 field, and neither variant carries リフィル, HOT/GTIN-only drug codes or
/// the facility's patient address outside record 61; those parts are left out. RPs are numbered by position.
/// </summary>
public static class PrescriptionCsvWriter
{
    public static string Write(Prescription prescription, CsvDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        if (dialect == CsvDialect.Dispensing)
        {
            throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "A prescription is written as SJ1 or JAHIS.");
        }

        var writer = new CsvRecordWriter(dialect);
        FacilityCsvRecords.Write(writer, prescription.Facility);
        PersonCsvRecords.WriteDepartment(writer, prescription.Department);
        PersonCsvRecords.WritePractitioner(writer, prescription.Doctor);
        PersonCsvRecords.WritePatient(writer, prescription.Patient);
        InsuranceCsvRecords.Write(writer, prescription.Insurance, prescription.PublicExpenses, withBranch: dialect == CsvDialect.Sj1);
        writer.Add(CsvRecords.IssueDate, CsvRecordWriter.Date(prescription.IssueDate));
        if (prescription.ExpiryDate is { } expiry)
        {
            writer.Add(CsvRecords.ExpiryDate, CsvRecordWriter.Date(expiry));
        }

        PersonCsvRecords.WriteNarcotic(writer, prescription.Doctor, prescription.Patient);
        for (var i = 0; i < prescription.Remarks.Count; i++)
        {
            writer.Add(CsvRecords.Remark, CsvRecordWriter.Number(i + 1), null, prescription.Remarks[i]);
        }

        RpCsvRecords.Write(writer, prescription.Rps);
        return writer.ToString();
    }
}
