using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// Reads a collection Bundle of JP Core MedicationDispense (one per dispensed drug) with the 薬局 Organization, the
/// 薬剤師 Practitioner, the Patient and a Coverage into a <see cref="DispensingResult"/>. The 処方箋ID (requestIdentifier)
/// or a Patient must say which prescription it answers.
/// </summary>
public static class DispensingBundleReader
{
    public static ValidationResult<DispensingResult> Read(ReadOnlySpan<byte> json, DocumentReadOptions? options = null) =>
        FhirJson.ReadBundle(json, Bundle.BundleType.Collection, bundle => Read(bundle, options));

    public static ValidationResult<DispensingResult> Read(Bundle bundle, DocumentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var index = new BundleIndex(bundle);
        var dispenses = index.All<MedicationDispense>().ToList();
        if (dispenses.Count == 0)
        {
            return Failure.Of<DispensingResult>(InputErrors.Required, "Bundle.entry", "at least one MedicationDispense");
        }

        var issues = new FieldReader();
        var result = Read(dispenses, index, issues, options ?? DocumentReadOptions.Default);
        return issues.HasErrors ? ValidationResult<DispensingResult>.Invalid(issues.Errors) : ValidationResult<DispensingResult>.Valid(result!);
    }

    private static DispensingResult? Read(List<Located<MedicationDispense>> dispenses, BundleIndex index, FieldReader issues, DocumentReadOptions options)
    {
        var first = dispenses[0];
        var prescriptionId = MedicationDispenseFhir.PrescriptionId(first.Resource);
        var patientResource = index.Resolve<Patient>(first.Resource.Subject, first.At("subject"), issues, required: prescriptionId is null);
        var patient = patientResource is null ? null : PatientFhir.Read(patientResource, issues);
        var (pharmacyResource, pharmacistResource) = MedicationDispenseFhir.Performers(first, index, issues);
        var pharmacy = pharmacyResource is null ? null : OrganizationFhir.ReadFacility(pharmacyResource, issues, options.CheckIdentifiers);
        if (pharmacy is not null && pharmacy.FeeScoreTable != '4')
        {
            issues.Add(PrescriptionDocumentErrors.PharmacyCode, pharmacyResource!.At("identifier.value"), pharmacy.Code);
        }

        var pharmacist = pharmacistResource is null ? null : PractitionerFhir.Read(pharmacistResource, issues, narcotic: false);
        var dispensedOn = MedicationDispenseFhir.DispensedOn(first, issues);
        var insurance = CoverageFhir.ReadInsurance(index, patientResource?.Resource, issues, options.CheckIdentifiers);
        var lines = dispenses.Select(d => MedicationDispenseFhir.Read(d, issues)).OfType<RpLine>().ToList();
        return pharmacy is null || dispensedOn is null
            ? null
            : new DispensingResult(pharmacy, pharmacist, dispensedOn.Value, prescriptionId, patient, insurance, RpGrouping.Group(lines));
    }
}
