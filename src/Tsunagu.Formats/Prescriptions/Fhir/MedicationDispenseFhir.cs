using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;
using Practitioner = Hl7.Fhir.Model.Practitioner;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// JP_MedicationDispense ⇄ one dispensed drug: RP番号 / RP内連番 and the 処方箋ID (requestIdentifier, OID
/// 1.2.392.100495.20.3.11) as identifiers, the dispensed quantity, daysSupply (the RP's 調剤数量: days, or times for 頓服),
/// whenHandedOver (調剤年月日), the dosage instruction, and 剤形区分 in category.
/// </summary>
internal static class MedicationDispenseFhir
{
    public static RpLine? Read(Located<MedicationDispense> located, FieldReader issues)
    {
        var dispense = located.Resource;
        var (rp, order) = MedicationFhir.ReadNumbers(dispense.Identifier, located.Path, issues);
        var (code, name) = MedicationFhir.Read(dispense.Medication as CodeableConcept, located.At("medicationCodeableConcept"), issues);
        var amounts = new DispenseAmounts(dispense.Quantity, dispense.DaysSupply?.Value, dispense.DaysSupply?.Value);
        var form = FhirValues.Enum<DosageForm>(FhirValues.Coding(dispense.Category, FhirSystems.DosageForm), located.At("category"), issues);
        var terms = DosageFhir.Read(form, dispense.DosageInstruction, amounts, located.Path, issues);
        if (rp is null || order is null || name is null || terms is null)
        {
            return null;
        }

        var supplements = dispense.Note.Select(n => n.Text).OfType<string>().Select(t => new DrugSupplement(null, t)).ToList();
        return new RpLine(rp.Value, terms, new RpDrug(order.Value, MedicationFhir.KindOf(terms.Form), code, name, terms.DrugQuantity, terms.Potency, terms.Unit, supplements));
    }

    /// <summary>The 処方箋ID the dispense answers, if any.</summary>
    public static string? PrescriptionId(MedicationDispense dispense) =>
        dispense.Identifier.FirstOrDefault(i => i.System is { } s && (s == FhirSystems.PrescriptionId || s.StartsWith(FhirSystems.PrescriptionId + ".", StringComparison.Ordinal)))?.Value;

    public static DateOnly? DispensedOn(Located<MedicationDispense> located, FieldReader issues) =>
        FhirValues.Date(located.Resource.WhenHandedOver, located.At("whenHandedOver"), issues, required: true);

    public static MedicationDispense Write(DispensingResult result, Rp rp, RpDrug drug, DispensingReferences references)
    {
        var identifiers = MedicationFhir.WriteNumbers(rp, drug);
        if (result.PrescriptionId is not null)
        {
            identifiers.Add(new Identifier(FhirSystems.PrescriptionId, result.PrescriptionId));
        }

        var dispense = new MedicationDispense
        {
            Identifier = identifiers,
            Status = MedicationDispense.MedicationDispenseStatusCodes.Completed,
            Category = MedicationFhir.WriteForm(rp.Form),
            Medication = MedicationFhir.Write(drug),
            Subject = references.Patient is null ? null : BundleBuilder.Ref(references.Patient),
            Quantity = DosageAmounts.Total(rp, drug),
            DaysSupply = rp.QuantityIsDays
                ? new Quantity { Value = rp.Quantity, Unit = "日", System = FhirSystems.Ucum, Code = "d" }
                : new Quantity { Value = rp.Quantity, Unit = "回" },
            WhenHandedOver = result.DispensedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DosageInstruction = DosageFhir.Write(rp, drug),
            Note = [.. drug.Supplements.Select(s => new Annotation { Text = s.Text })],
        };
        dispense.Performer.Add(new MedicationDispense.PerformerComponent { Actor = BundleBuilder.Ref(references.Pharmacy) });
        if (references.Pharmacist is not null)
        {
            dispense.Performer.Add(new MedicationDispense.PerformerComponent { Actor = BundleBuilder.Ref(references.Pharmacist) });
        }

        return dispense;
    }

    /// <summary>The performers of a dispense that are Organizations (the 薬局) and Practitioners (the 薬剤師).</summary>
    public static (Located<Organization>? Pharmacy, Located<Practitioner>? Pharmacist) Performers(Located<MedicationDispense> located, BundleIndex index, FieldReader issues)
    {
        Located<Organization>? pharmacy = null;
        Located<Practitioner>? pharmacist = null;
        var performers = located.Resource.Performer;
        for (var i = 0; i < performers.Count; i++)
        {
            var actor = index.Find(performers[i].Actor, located.At($"performer[{i}].actor"), issues);
            pharmacy ??= actor?.Resource is Organization organization ? new Located<Organization>(organization, actor.Path) : null;
            pharmacist ??= actor?.Resource is Practitioner practitioner ? new Located<Practitioner>(practitioner, actor.Path) : null;
        }

        if (pharmacy is null)
        {
            issues.Add(InputErrors.Required, located.At("performer"), "the dispensing Organization (薬局)");
        }

        return (pharmacy, pharmacist);
    }
}
