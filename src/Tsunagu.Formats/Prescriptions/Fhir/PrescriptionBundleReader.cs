using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// Reads a JAMI 処方情報 (ePrescriptionData) document Bundle into a <see cref="Prescription"/> with the service's own rule
/// checks (no IG package needed): the Composition first, every reference resolving inside the Bundle, mandatory
/// elements present, codes from known systems. Errors name the element path, e.g. <c>Bundle.entry[11].resource.subject.reference</c>.
/// </summary>
public static class PrescriptionBundleReader
{
    public static ValidationResult<Prescription> Read(ReadOnlySpan<byte> json, DocumentReadOptions? options = null) =>
        FhirJson.ReadBundle(json, Bundle.BundleType.Document, bundle => Read(bundle, options));

    public static ValidationResult<Prescription> Read(Bundle bundle, DocumentReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        if (bundle.Entry.FirstOrDefault()?.Resource is not Composition composition)
        {
            var found = bundle.Entry.FindIndex(e => e.Resource is Composition);
            return Failure.Of<Prescription>(
                PrescriptionFhirErrors.CompositionNotFirst, BundleIndex.PathOf(0), found < 0 ? "the Bundle has no Composition" : $"the Composition is entry {found}");
        }

        var issues = new FieldReader();
        var prescription = Read(new Located<Composition>(composition, BundleIndex.PathOf(0)), new BundleIndex(bundle), issues, options ?? DocumentReadOptions.Default);
        return issues.HasErrors ? ValidationResult<Prescription>.Invalid(issues.Errors) : ValidationResult<Prescription>.Valid(prescription!);
    }

    private static Prescription? Read(Located<Composition> composition, BundleIndex index, FieldReader issues, DocumentReadOptions options)
    {
        var (issued, expiry) = CompositionFhir.Dates(composition, issues);
        var patientResource = index.Resolve<Patient>(composition.Resource.Subject, composition.At("subject"), issues);
        var patient = patientResource is null ? null : PatientFhir.Read(patientResource, issues);
        var (facilityResource, doctorResource) = CompositionFhir.Authors(composition, index, issues);
        var facility = facilityResource is null ? null : OrganizationFhir.ReadFacility(facilityResource, issues, options.CheckIdentifiers);
        var department = facilityResource is null ? null : OrganizationFhir.ReadDepartment(index, facilityResource, issues);
        var doctor = doctorResource is null ? null : PractitionerFhir.Read(doctorResource, issues, CompositionFhir.IsNarcotic(composition.Resource));
        var insurance = CoverageFhir.ReadInsurance(index, patientResource?.Resource, issues, options.CheckIdentifiers);
        var expenses = CoverageFhir.ReadPublicExpenses(index, patientResource?.Resource, issues, options.CheckIdentifiers);
        var requests = CompositionFhir.MedicationRequests(composition, index, issues);
        var lines = requests.Select(r => MedicationRequestFhir.Read(r, index, patientResource?.Resource, issues)).OfType<RpLine>().ToList();
        var refill = RefillCount(requests, composition, issues);
        return issued is null || patient is null || facility is null || doctor is null
            ? null
            : new Prescription(issued.Value, expiry, facility, doctor, department, patient, insurance, expenses, refill, CompositionFhir.Remarks(index), RpGrouping.Group(lines));
    }

    /// <summary>The リフィル総使用回数: the same on every MedicationRequest, and 2 or 3.</summary>
    private static int? RefillCount(List<Located<MedicationRequest>> requests, Located<Composition> composition, FieldReader issues)
    {
        var counts = requests.Select(r => MedicationRequestFhir.RefillCount(r.Resource)).Distinct().ToList();
        if (counts.Count > 1)
        {
            issues.Add(PrescriptionDocumentErrors.RefillCount, composition.At("section.entry"), $"the MedicationRequests allow {string.Join(", ", counts.Select(c => c ?? 1))} uses");
            return null;
        }

        var count = counts.FirstOrDefault();
        if (count is { } uses && !Prescription.IsValidRefillCount(uses))
        {
            issues.Add(PrescriptionDocumentErrors.RefillCount, requests[0].At("dispenseRequest.numberOfRepeatsAllowed"), $"{uses - 1} repeats = {uses} uses");
            return null;
        }

        return count;
    }
}
