using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>Writes a dispensing result as <c>SJD1</c> CSV (docs/formats/dispensing-csv.md), the inverse of <see cref="DispensingCsvReader"/>.</summary>
public static class DispensingCsvWriter
{
    public static string Write(DispensingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var writer = new CsvRecordWriter(CsvDialect.Dispensing);
        FacilityCsvRecords.Write(writer, result.Pharmacy);
        if (result.Pharmacist is not null)
        {
            PersonCsvRecords.WritePractitioner(writer, result.Pharmacist);
        }

        if (result.Patient is not null)
        {
            PersonCsvRecords.WritePatient(writer, result.Patient);
        }

        InsuranceCsvRecords.Write(writer, result.Insurance, [], withBranch: true);
        writer.Add(CsvRecords.DispensedOn, CsvRecordWriter.Date(result.DispensedOn));
        if (result.PrescriptionId is not null)
        {
            writer.Add(CsvRecords.PrescriptionNumber, DispensingCsvReader.PrescriptionIdKind, result.PrescriptionId);
        }

        RpCsvRecords.Write(writer, result.Rps);
        return writer.ToString();
    }
}
