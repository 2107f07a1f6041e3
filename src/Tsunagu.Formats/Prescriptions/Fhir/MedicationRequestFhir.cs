using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// JP_MedicationRequest_ePrescriptionData ⇄ one drug of an RP. 後発品変更不可 and its kin are
/// substitution.allowedCodeableConcept (1 後発品, 2 剤形, 3 含量規格); other 薬品補足 are notes. リフィル is
/// dispenseRequest.numberOfRepeatsAllowed (uses after the first, so 総使用回数 − 1).
/// </summary>
internal static class MedicationRequestFhir
{
    private static readonly (string Code, DrugSupplementKind Kind)[] SubstitutionCodes =
    [
        ("1", DrugSupplementKind.NoGenericSubstitution), ("2", DrugSupplementKind.NoFormChange), ("3", DrugSupplementKind.NoStrengthChange),
    ];

    /// <param name="patient">The document's patient (Composition.subject), whom the request must be for.</param>
    public static RpLine? Read(Located<MedicationRequest> located, BundleIndex index, Patient? patient, FieldReader issues)
    {
        var request = located.Resource;
        index.RequirePatient(request.Subject, located.At("subject"), patient, issues);
        var (rp, order) = MedicationFhir.ReadNumbers(request.Identifier, located.Path, issues);
        var (code, name) = MedicationFhir.Read(request.Medication as CodeableConcept, located.At("medicationCodeableConcept"), issues);
        var dispense = request.DispenseRequest;
        var amounts = new DispenseAmounts(dispense?.Quantity, dispense?.ExpectedSupplyDuration?.Value, RepeatCount(dispense));
        var form = FhirValues.Enum<DosageForm>(FhirValues.Coding(request.Category, FhirSystems.DosageForm), located.At("category"), issues);
        var terms = DosageFhir.Read(form, request.DosageInstruction, amounts, located.Path, issues);
        if (rp is null || order is null || name is null || terms is null)
        {
            return null;
        }

        var drug = new RpDrug(order.Value, MedicationFhir.KindOf(terms.Form), code, name, terms.DrugQuantity, terms.Potency, terms.Unit, Supplements(request));
        return new RpLine(rp.Value, terms, drug);
    }

    /// <summary>The 総使用回数 a MedicationRequest allows (numberOfRepeatsAllowed + 1), or null when it is no refill.</summary>
    public static int? RefillCount(MedicationRequest request) =>
        request.DispenseRequest?.NumberOfRepeatsAllowed is > 0 and var repeats ? repeats + 1 : null;

    public static MedicationRequest Write(Rp rp, RpDrug drug, string patientUrl, int? refillCount)
    {
        var dispense = new MedicationRequest.DispenseRequestComponent { Quantity = DosageAmounts.Total(rp, drug) };
        if (rp.QuantityIsDays || (rp.Form != DosageForm.AsNeeded && rp.Quantity != 1))
        {
            dispense.ExpectedSupplyDuration = new Duration { Value = rp.Quantity, Unit = "日", System = FhirSystems.Ucum, Code = "d" };
        }
        else if (rp.Form == DosageForm.AsNeeded)
        {
            dispense.SetExtension(FhirSystems.RepeatCountExtension, new Integer((int)rp.Quantity));
        }

        dispense.NumberOfRepeatsAllowed = refillCount - 1;
        var request = new MedicationRequest
        {
            Identifier = MedicationFhir.WriteNumbers(rp, drug),
            Status = MedicationRequest.MedicationrequestStatus.Active,
            Intent = MedicationRequest.MedicationRequestIntent.Order,
            Category = [MedicationFhir.WriteForm(rp.Form)],
            Medication = MedicationFhir.Write(drug),
            Subject = new ResourceReference(patientUrl),
            DosageInstruction = DosageFhir.Write(rp, drug),
            DispenseRequest = dispense,
            Note = [.. drug.Supplements.Where(s => Substitution(s.Kind) is null).Select(s => new Annotation { Text = s.Text })],
        };
        var substitutions = drug.Supplements.Select(s => (s.Text, Code: Substitution(s.Kind))).Where(s => s.Code is not null).ToList();
        if (substitutions.Count > 0)
        {
            var allowed = new CodeableConcept { Coding = [.. substitutions.Select(s => new Coding(FhirSystems.Substitution[0], s.Code, s.Text))] };
            request.Substitution = new MedicationRequest.SubstitutionComponent { Allowed = allowed };
        }

        return request;
    }

    private static decimal? RepeatCount(MedicationRequest.DispenseRequestComponent? dispense) =>
        dispense?.GetExtension(FhirSystems.RepeatCountExtension)?.Value switch
        {
            Integer { Value: { } count } => count,
            UnsignedInt { Value: { } count } => count,
            PositiveInt { Value: { } count } => count,
            _ => null,
        };

    private static List<DrugSupplement> Supplements(MedicationRequest request)
    {
        var coded = (request.Substitution?.Allowed as CodeableConcept)?.Coding
            .Where(c => FhirSystems.Is(c.System, FhirSystems.Substitution))
            .Select(c => (Coding: c, Kind: SubstitutionCodes.FirstOrDefault(s => s.Code == c.Code).Kind))
            .Where(c => c.Kind != default)
            .Select(c => new DrugSupplement(c.Kind, c.Coding.Display ?? c.Kind.ToString())) ?? [];
        return [.. coded, .. request.Note.Select(n => n.Text).OfType<string>().Select(t => new DrugSupplement(null, t))];
    }

    private static string? Substitution(DrugSupplementKind? kind) => SubstitutionCodes.FirstOrDefault(s => s.Kind == kind && kind is not null).Code;
}
