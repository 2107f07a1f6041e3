using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>The quantities of <see cref="DosageFhir"/>: the drug's 分量 and unit, the RP's 調剤数量, and the dispensed total.</summary>
internal static class DosageAmounts
{
    private static readonly Quantity PerDay = new() { Value = 1, Unit = "日", System = FhirSystems.Ucum, Code = "d" };

    public static (decimal Quantity, string Unit)? DrugAmount(DosageForm form, Quantity? dose, Ratio? rate, DispenseAmounts amounts, int? timesPerDay) => form switch
    {
        DosageForm.Internal or DosageForm.InternalDrops =>
            Of(rate?.Numerator) ?? Scaled(dose, timesPerDay) ?? Divided(amounts.Total, amounts.Days),
        DosageForm.AsNeeded => Of(dose) ?? Divided(amounts.Total, amounts.Times),
        _ => Of(amounts.Total) ?? Of(dose),
    };

    public static decimal? RpQuantity(DosageForm form, DispenseAmounts amounts, decimal? bounds, string path, FieldReader issues)
    {
        var quantity = form switch
        {
            DosageForm.Internal or DosageForm.InternalDrops => amounts.Days ?? bounds,
            DosageForm.AsNeeded => amounts.Times,
            _ => amounts.Days ?? 1,
        };
        if (quantity is null)
        {
            issues.Add(InputErrors.Required, path, form == DosageForm.AsNeeded ? "頓用回数 (調剤数量)" : "調剤日数 (調剤数量)");
        }

        return quantity;
    }

    /// <summary>The doseAndRate of a drug: 力価区分 always; rateRatio (and doseQuantity when 1日回数 is known) for 内服; doseQuantity for 頓服.</summary>
    public static Dosage.DoseAndRateComponent Write(Rp rp, RpDrug drug)
    {
        var component = new Dosage.DoseAndRateComponent { Type = new CodeableConcept(FhirSystems.Potency[0], ((int)drug.Potency).ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        if (rp.QuantityIsDays)
        {
            component.Rate = new Ratio(Quantity(drug.Quantity, drug.Unit), PerDay);
            if (rp.Usage.TimesPerDay is > 0 and var times)
            {
                component.Dose = Quantity(drug.Quantity / times, drug.Unit);
            }
        }
        else if (rp.Form == DosageForm.AsNeeded)
        {
            component.Dose = Quantity(drug.Quantity, drug.Unit);
        }

        return component;
    }

    /// <summary>The total dispensed: 1日量 × days for 内服, 1回量 × times for 頓服, the 全量 otherwise.</summary>
    public static Quantity Total(Rp rp, RpDrug drug) =>
        Quantity(rp.QuantityIsDays || rp.Form == DosageForm.AsNeeded ? drug.Quantity * rp.Quantity : drug.Quantity, drug.Unit);

    public static Quantity Quantity(decimal value, string unit) => new() { Value = value, Unit = unit };

    private static (decimal, string)? Of(Quantity? quantity) =>
        quantity?.Value is { } value ? (value, quantity.Unit ?? quantity.Code ?? string.Empty) : null;

    private static (decimal, string)? Scaled(Quantity? dose, int? times) =>
        dose?.Value is { } value && times is { } t ? (value * t, dose.Unit ?? dose.Code ?? string.Empty) : null;

    private static (decimal, string)? Divided(Quantity? total, decimal? by) =>
        total?.Value is { } value && by is > 0 ? (value / by.Value, total.Unit ?? total.Code ?? string.Empty) : null;
}
