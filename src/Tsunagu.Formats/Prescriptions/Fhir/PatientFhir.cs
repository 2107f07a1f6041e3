using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.People;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>JP_Patient ⇄ <see cref="PrescriptionPatient"/>: 漢字・カナ氏名, gender (male/female only), birthDate, 患者番号, address, phone.</summary>
internal static class PatientFhir
{
    /// <summary>The OID prefix of a facility's patient numbers; the 10-digit 医療機関コード follows after <c>1</c>.</summary>
    private const string PatientIdPrefix = "urn:oid:1.2.392.100495.20.3.51.1";

    public static PrescriptionPatient? Read(Located<Patient> located, FieldReader issues)
    {
        var patient = located.Resource;
        var name = FhirNames.Kanji(patient.Name);
        if (name is null)
        {
            issues.Add(InputErrors.Required, located.At("name"));
        }

        var sex = patient.Gender switch
        {
            AdministrativeGender.Male => Sex.Male,
            AdministrativeGender.Female => Sex.Female,
            null => Missing(issues, located.At("gender")),
            _ => NotInTable(issues, located.At("gender"), patient.Gender.ToString() ?? string.Empty),
        };
        var birth = FhirValues.Date(patient.BirthDate, located.At("birthDate"), issues, required: true);
        return name is null || sex is null || birth is null
            ? null
            : new PrescriptionPatient(
                name, FhirNames.Kana(patient.Name), sex.Value, birth.Value, patient.Identifier.FirstOrDefault()?.Value,
                patient.Address.FirstOrDefault()?.Text, patient.Telecom.FirstOrDefault(t => t.System == ContactPoint.ContactPointSystem.Phone)?.Value);
    }

    /// <param name="facilityCode">The prescribing facility, whose OID qualifies the patient number.</param>
    public static Patient Write(PrescriptionPatient patient, string facilityCode)
    {
        var resource = new Patient
        {
            Name = FhirNames.Write(patient.Name, patient.Kana),
            Gender = patient.Sex == Sex.Female ? AdministrativeGender.Female : AdministrativeGender.Male,
            BirthDate = patient.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (patient.FacilityPatientId is not null)
        {
            resource.Identifier.Add(new Identifier(PatientIdPrefix + facilityCode, patient.FacilityPatientId));
        }

        if (patient.Address is not null)
        {
            resource.Address.Add(new Address { Text = patient.Address });
        }

        if (patient.Phone is not null)
        {
            resource.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, null, patient.Phone));
        }

        return resource;
    }

    private static Sex? Missing(FieldReader issues, string path)
    {
        issues.Add(InputErrors.Required, path);
        return null;
    }

    private static Sex? NotInTable(FieldReader issues, string path, string value)
    {
        issues.Add(InputErrors.NotInTable, path, $"'{value}'; a prescription needs male or female");
        return null;
    }
}
