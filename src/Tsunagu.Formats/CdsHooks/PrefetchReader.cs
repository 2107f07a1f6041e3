using System.Runtime.InteropServices;
using System.Text.Json;
using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Formats.Prescriptions.Fhir;

namespace Tsunagu.Formats.CdsHooks;

/// <summary>
/// Reads whom the drugs are for from the prefetch: the Patient's birthDate, and the 医療保険 of the Coverage Bundle by the
/// JP Core reader of the prescription formats — 保険者番号 from the payor Organization (included in the Bundle, or a
/// logical reference by identifier), 記号・番号・枝番 from the JP_Coverage extensions.
/// </summary>
internal static class PrefetchReader
{
    private const string PatientPath = "prefetch.patient";
    private const string CoveragePath = "prefetch.coverage";

    /// <summary>Where the prefetched Patient stands while the Coverage Bundle is read: references to the call's patient point here.</summary>
    private const string PatientUrl = "urn:tsunagu:cds:patient";

    public static (InsuranceCoverage? Insurance, DateOnly? BirthDate) Read(JsonElement patientJson, JsonElement coverageJson, string patientId, FieldReader issues)
    {
        var (patient, birthDate) = ReadPatient(patientJson, patientId, issues);
        return patient is null ? default : (ReadCoverage(coverageJson, patient, patientId, issues), birthDate);
    }

    private static (Patient? Patient, DateOnly? BirthDate) ReadPatient(JsonElement json, string patientId, FieldReader issues)
    {
        var read = FhirJson.ReadResource(JsonMarshal.GetRawUtf8Value(json), "Patient");
        if (!read.IsValid)
        {
            issues.AddRange(RequestPaths.Under(read.Errors, PatientPath));
            return default;
        }

        if (read.Value is not Patient patient)
        {
            issues.Add(InputErrors.BadFormat, PatientPath, $"a Patient resource, not a {read.Value!.TypeName}");
            return default;
        }

        if (patient.Id is { } id && id != patientId)
        {
            issues.Add(CdsHooksErrors.OtherPatient, PatientPath + ".id", $"'{id}'; context.patientId is '{patientId}'");
        }

        return (patient, FhirValues.Date(patient.BirthDate, PatientPath + ".birthDate", issues, required: true));
    }

    private static InsuranceCoverage? ReadCoverage(JsonElement json, Patient patient, string patientId, FieldReader issues)
    {
        var read = FhirJson.ReadBundle(JsonMarshal.GetRawUtf8Value(json), OrderSignReader.BundleTypes);
        if (!read.IsValid)
        {
            issues.AddRange(RequestPaths.Under(read.Errors, CoveragePath));
            return null;
        }

        var found = new FieldReader();
        var index = WithPatient(read.Value!, patient, patientId, found);
        var insurance = found.HasErrors ? null : CoverageFhir.ReadInsurance(index, patient, found, checkIdentifiers: true);
        if (insurance is null && !found.HasErrors)
        {
            found.Add(InputErrors.Required, "Bundle", "a 医療保険 Coverage (JP_Coverage whose type is not 8 公費) for the patient");
        }

        issues.AddRange(RequestPaths.Under(found.Errors, CoveragePath));
        return insurance;
    }

    /// <summary>
    /// Indexes the Bundle with the Patient in it: each Coverage's beneficiary, when it is the call's patient, points at
    /// the Patient, and each logical payor reference at an Organization with its identifier, as the reader expects.
    /// </summary>
    private static BundleIndex WithPatient(Bundle bundle, Patient patient, string patientId, FieldReader issues)
    {
        foreach (var located in new BundleIndex(bundle).All<Coverage>().ToList())
        {
            if (PatientReferences.Check(located.Resource.Beneficiary, patientId, located.At("beneficiary"), issues))
            {
                located.Resource.Beneficiary = new ResourceReference(PatientUrl);
            }

            ResolveLogicalPayors(bundle, located.Resource);
        }

        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = PatientUrl, Resource = patient });
        return new BundleIndex(bundle);
    }

    private static void ResolveLogicalPayors(Bundle bundle, Coverage coverage)
    {
        foreach (var payor in coverage.Payor.Where(p => p.Reference is null))
        {
            if (payor.Identifier is { } identifier)
            {
                payor.Reference = $"urn:uuid:{Guid.NewGuid()}";
                bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = payor.Reference, Resource = new Organization { Identifier = [identifier] } });
            }
        }
    }
}
