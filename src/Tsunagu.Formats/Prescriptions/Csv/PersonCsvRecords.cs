using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>Records 4 診療科, 5 医師 (薬剤師), 11–13 患者 and 61 麻薬施用 (one EPS client writes it as 60).</summary>
internal static class PersonCsvRecords
{
    public static Department? ReadDepartment(CsvFieldReader reader, CsvDocument document)
    {
        var line = document.Single(CsvRecords.Department);
        if (line is null)
        {
            return null;
        }

        var name = reader.Text(line, CsvFields.DepartmentName, required: true);
        return name is null ? null : new Department(line[CsvFields.DepartmentCode], name);
    }

    public static Practitioner? ReadPractitioner(CsvFieldReader reader, CsvLine line, string? narcoticLicense = null)
    {
        var name = reader.Text(line, CsvFields.PractitionerName, required: true);
        return name is null ? null : new Practitioner(name, line[CsvFields.PractitionerKana], narcoticLicense);
    }

    /// <summary>The patient from records 11–13 (each reported when missing); address and phone come from 61 麻薬施用.</summary>
    public static PrescriptionPatient? ReadPatient(CsvFieldReader reader, CsvDocument document, CsvLine? narcotic)
    {
        var nameLine = document.Required(CsvRecords.PatientName, reader);
        var sexLine = document.Required(CsvRecords.PatientSex, reader);
        var birthLine = document.Required(CsvRecords.PatientBirthDate, reader);
        var name = nameLine is null ? null : reader.Text(nameLine, CsvFields.PatientName, required: true);
        var sex = sexLine is null ? null : reader.Code(sexLine, CsvFields.Sex, CsvCodes.Sex, required: true);
        var birth = birthLine is null ? null : reader.Date(birthLine, CsvFields.BirthDate, required: true);
        return name is null || sex is null || birth is null
            ? null
            : new PrescriptionPatient(
                name, nameLine![CsvFields.PatientKana], sex.Value, birth.Value, nameLine[CsvFields.PatientCode],
                narcotic?[CsvFields.NarcoticAddress], narcotic?[CsvFields.NarcoticPhone]);
    }

    /// <summary>The 麻薬施用 record: 61 as in JAHIS, or 60 as one EPS client writes it.</summary>
    public static CsvLine? Narcotic(CsvDocument document) =>
        document.Single(CsvRecords.Narcotic) ?? document.Single(CsvRecords.NarcoticAlternative);

    public static void WriteDepartment(CsvRecordWriter writer, Department? department)
    {
        if (department is not null)
        {
            writer.Add(CsvRecords.Department, department.Code is null ? "1" : "2", department.Code, department.Name);
        }
    }

    public static void WritePractitioner(CsvRecordWriter writer, Practitioner practitioner) =>
        writer.Add(CsvRecords.Practitioner, null, practitioner.Kana, practitioner.Name);

    public static void WritePatient(CsvRecordWriter writer, PrescriptionPatient patient)
    {
        writer.Add(CsvRecords.PatientName, patient.FacilityPatientId, patient.Name, patient.Kana);
        writer.Add(CsvRecords.PatientSex, CsvCodes.Sex.CodeOf(patient.Sex));
        writer.Add(CsvRecords.PatientBirthDate, CsvRecordWriter.Date(patient.BirthDate));
    }

    public static void WriteNarcotic(CsvRecordWriter writer, Practitioner doctor, PrescriptionPatient patient)
    {
        if (doctor.NarcoticLicenseNumber is not null)
        {
            writer.Add(CsvRecords.Narcotic, doctor.NarcoticLicenseNumber, patient.Address, patient.Phone);
        }
    }
}
