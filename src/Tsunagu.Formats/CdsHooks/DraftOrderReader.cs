using System.Runtime.InteropServices;
using System.Text.Json;
using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Formats.Prescriptions;
using Tsunagu.Formats.Prescriptions.Fhir;

namespace Tsunagu.Formats.CdsHooks;

/// <summary>
/// Reads the drugs of <c>context.draftOrders</c>: of each MedicationRequest, the medicationCodeableConcept coding in the
/// most preferred system the drug master resolves. Orders of other kinds (ServiceRequest, NutritionOrder…) hold no drug
/// and are passed over; every MedicationRequest must be for the call's patient.
/// </summary>
internal static class DraftOrderReader
{
    private const string Location = "context.draftOrders";

    /// <summary>The code systems the check resolves (HOT and GTIN codes name no ingredient it knows).</summary>
    private static readonly DrugCodeSystem[] Checked = [DrugCodeSystem.Receipt, DrugCodeSystem.Yj, DrugCodeSystem.PriceListing, DrugCodeSystem.GenericName];

    public static IReadOnlyList<DraftDrug> Read(JsonElement json, string patientId, FieldReader issues)
    {
        var read = FhirJson.ReadBundle(JsonMarshal.GetRawUtf8Value(json), OrderSignReader.BundleTypes);
        if (!read.IsValid)
        {
            issues.AddRange(RequestPaths.Under(read.Errors, Location));
            return [];
        }

        var found = new FieldReader();
        var drugs = new List<DraftDrug>();
        foreach (var located in new BundleIndex(read.Value!).All<MedicationRequest>())
        {
            PatientReferences.Check(located.Resource.Subject, patientId, located.At("subject"), found);
            if (Code(located, found) is { } code)
            {
                drugs.Add(new DraftDrug(code, RequestPaths.Under(located.At("medicationCodeableConcept"), Location)));
            }
        }

        issues.AddRange(RequestPaths.Under(found.Errors, Location));
        return drugs;
    }

    private static DrugCode? Code(Located<MedicationRequest> located, FieldReader issues)
    {
        var path = located.At("medicationCodeableConcept");
        if (located.Resource.Medication is not CodeableConcept concept)
        {
            issues.Add(CdsHooksErrors.NoDrugCoding, path, "send the drug as medicationCodeableConcept (a medicationReference is not read)");
            return null;
        }

        var (coding, index, system) = FhirDrugCodes.Preferred(concept);
        if (system is not { } known || !Checked.Contains(known))
        {
            issues.Add(CdsHooksErrors.NoDrugCoding, path + ".coding", string.Join(", ", concept.Coding.Select(c => $"{c.System}|{c.Code}")));
            return null;
        }

        var code = new DrugCode(known, coding!.Code!.Trim());
        if (DrugCodes.HasValidShape(code))
        {
            return code;
        }

        issues.Add(PrescriptionDocumentErrors.DrugCodeShape, $"{path}.coding[{index}].code", $"'{code.Value}' is not a {known} code");
        return null;
    }
}
