using Hl7.Fhir.Model;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>Writes a <see cref="DispensingResult"/> as a collection Bundle of JP Core MedicationDispense, the inverse of <see cref="DispensingBundleReader"/>.</summary>
public static class DispensingBundleWriter
{
    public static byte[] WriteJson(DispensingResult result) => FhirJson.Write(Write(result));

    public static Bundle Write(DispensingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var builder = new BundleBuilder();
        var pharmacy = builder.Add(OrganizationFhir.WriteFacility(result.Pharmacy));
        var pharmacist = result.Pharmacist is null ? null : builder.Add(PractitionerFhir.Write(result.Pharmacist, result.Pharmacy.PrefectureCode));
        var patient = result.Patient is null ? null : builder.Add(PatientFhir.Write(result.Patient, result.Pharmacy.Code));
        if (result.Insurance is { } insurance && patient is not null)
        {
            var insurer = insurance.InsurerNumber is null ? null : builder.Add(OrganizationFhir.WritePayer(FhirSystems.InsurerNumber[0], insurance.InsurerNumber, "ins"));
            builder.Add(CoverageFhir.WriteInsurance(insurance, patient, insurer));
        }

        var references = new DispensingReferences(pharmacy, pharmacist, patient);
        foreach (var rp in result.Rps)
        {
            foreach (var drug in rp.Drugs)
            {
                builder.Add(MedicationDispenseFhir.Write(result, rp, drug, references));
            }
        }

        return builder.Build(Bundle.BundleType.Collection, new DateTimeOffset(result.DispensedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9)));
    }
}
