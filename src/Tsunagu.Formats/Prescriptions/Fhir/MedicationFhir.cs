using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// medicationCodeableConcept ⇄ <see cref="DrugCode"/> and 薬品名称, and the RP番号 / RP内連番 identifiers shared by
/// MedicationRequest and MedicationDispense. The printed name is <c>text</c>; codings in unknown systems only are an error,
/// no coding at all is a drug written by name.
/// </summary>
internal static class MedicationFhir
{
    public static (DrugCode? Code, string? Name) Read(CodeableConcept? concept, string path, FieldReader issues)
    {
        if (concept is null)
        {
            issues.Add(InputErrors.Required, path);
            return (null, null);
        }

        var known = FhirDrugCodes.Preferred(concept);
        if (known.Coding is null && concept.Coding.Count > 0)
        {
            issues.Add(PrescriptionFhirErrors.UnknownDrugCodeSystem, path + ".coding", string.Join(", ", concept.Coding.Select(c => c.System)));
        }

        var code = known.Coding is null ? null : new DrugCode(known.System!.Value, known.Coding.Code!.Trim());
        if (code is not null && !DrugCodes.HasValidShape(code))
        {
            issues.Add(PrescriptionDocumentErrors.DrugCodeShape, $"{path}.coding[{known.Index}].code", $"'{code.Value}' is not a {code.System} code");
            code = null;
        }

        var name = concept.Text ?? known.Coding?.Display;
        if (string.IsNullOrWhiteSpace(name))
        {
            issues.Add(InputErrors.Required, path + ".text", "薬品名称");
        }

        return (code, name?.Trim());
    }

    public static CodeableConcept Write(RpDrug drug)
    {
        var concept = new CodeableConcept { Text = drug.Name };
        if (drug.Code is not null)
        {
            concept.Coding.Add(new Coding(FhirDrugCodes.UriOf(drug.Code.System), drug.Code.Value, drug.Name));
        }

        return concept;
    }

    /// <summary>RP番号 and RP内連番 from the identifiers (both required).</summary>
    public static (int? Rp, int? Index) ReadNumbers(List<Identifier> identifiers, string path, FieldReader issues) =>
        (FhirValues.Integer(FhirValues.Identifier(identifiers, FhirSystems.RpNumber), $"{path}.identifier.where(system='{FhirSystems.RpNumber[0]}')", issues),
         FhirValues.Integer(FhirValues.Identifier(identifiers, FhirSystems.OrderInRp), $"{path}.identifier.where(system='{FhirSystems.OrderInRp[0]}')", issues));

    public static List<Identifier> WriteNumbers(Rp rp, RpDrug drug) =>
    [
        new(FhirSystems.RpNumber[0], rp.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new(FhirSystems.OrderInRp[0], drug.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    /// <summary>剤形区分 as a coding of OID 1.2.392.100495.20.2.21 (written into category, where Tsunagu keeps it for round trips).</summary>
    public static CodeableConcept WriteForm(DosageForm form) =>
        new(FhirSystems.DosageForm[0], ((int)form).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static DrugInformationKind KindOf(DosageForm form) =>
        form == DosageForm.MedicalMaterial ? DrugInformationKind.MedicalMaterial : DrugInformationKind.Medicine;
}
