using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// dosageInstruction ⇄ <see cref="RpTerms"/>. The CSV 分量 is the 1日量 for 内服 (FHIR rateRatio, per 1 d), the 1回量 for
/// 頓服 (doseQuantity) and the 全量 otherwise (the dispensed quantity); 調剤数量 is the days (expectedSupplyDuration or
/// daysSupply), the 頓用回数 for 頓服, and 1 for other forms unless a duration is stated. When no 剤形区分 is stated,
/// it is inferred from the JAMI 用法コード: first character 1 内服 (third character 5 頓用 → 頓服), 2 外用, 3 注射.
/// </summary>
internal static class DosageFhir
{
    public static RpTerms? Read(DosageForm? statedForm, List<Dosage> dosages, DispenseAmounts amounts, string path, FieldReader issues)
    {
        if (dosages.Count == 0)
        {
            issues.Add(InputErrors.Required, path + ".dosageInstruction");
            return null;
        }

        var dosage = dosages[0];
        var at = path + ".dosageInstruction[0]";
        var usage = Usage(dosage, at, issues);
        var form = statedForm ?? FormOf(usage?.Code);
        var doseAndRate = dosage.DoseAndRate.FirstOrDefault();
        var potency = FhirValues.Enum<Potency>(FhirValues.Coding(doseAndRate?.Type, FhirSystems.Potency), at + ".doseAndRate[0].type", issues) ?? Potency.Preparation;
        var timesPerDay = TimesPerDay(doseAndRate);
        var amount = DosageAmounts.DrugAmount(form, doseAndRate?.Dose as Quantity, doseAndRate?.Rate as Ratio, amounts, timesPerDay);
        var quantity = DosageAmounts.RpQuantity(form, amounts, (dosage.Timing?.Repeat?.Bounds as Duration)?.Value, path, issues);
        if (amount is null)
        {
            issues.Add(InputErrors.Required, path, "the drug's amount (rateRatio, doseQuantity or the dispensed quantity)");
        }

        return usage is null || amount is null || quantity is null
            ? null
            : new RpTerms(
                form, quantity.Value, usage with { TimesPerDay = timesPerDay }, [.. dosages.Skip(1).Select(d => d.Text).OfType<string>()],
                amount.Value.Quantity, amount.Value.Unit, potency);
    }

    public static List<Dosage> Write(Rp rp, RpDrug drug)
    {
        var usage = rp.Usage;
        var timing = usage.Code is null
            ? new CodeableConcept { Text = usage.Text }
            : new CodeableConcept(FhirSystems.Usage[0], usage.Code, usage.Text);
        var dosage = new Dosage { Text = usage.Text, Timing = new Timing { Code = timing } };
        dosage.DoseAndRate.Add(DosageAmounts.Write(rp, drug));
        return [dosage, .. rp.UsageSupplements.Select(s => new Dosage { Text = s })];
    }

    private static RpUsage? Usage(Dosage dosage, string path, FieldReader issues)
    {
        var coding = FhirValues.Coding(dosage.Timing?.Code, FhirSystems.Usage);
        var text = coding?.Display ?? dosage.Timing?.Code?.Text ?? dosage.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            issues.Add(InputErrors.Required, path + ".timing.code", "用法");
            return null;
        }

        return new RpUsage(coding?.Code is null ? null : "3", coding?.Code, text.Trim(), null);
    }

    private static DosageForm FormOf(string? usageCode) => usageCode switch
    {
        [ '1', _, '5', ..] => DosageForm.AsNeeded,
        ['1', ..] => DosageForm.Internal,
        ['2', ..] => DosageForm.External,
        ['3', ..] => DosageForm.Injection,
        _ => DosageForm.Unknown,
    };

    /// <summary>1日回数 = 1日量 / 1回量, when both are stated and divide evenly.</summary>
    private static int? TimesPerDay(Dosage.DoseAndRateComponent? doseAndRate) =>
        doseAndRate is { Dose: Quantity { Value: > 0 } dose, Rate: Ratio { Numerator.Value: > 0 } rate }
        && rate.Numerator.Value!.Value % dose.Value!.Value == 0
            ? (int)(rate.Numerator.Value.Value / dose.Value.Value)
            : null;
}
