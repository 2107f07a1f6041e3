using System.Globalization;
using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Domain.Prescriptions.Checks;
using Tsunagu.Domain.Prescriptions.History;

namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>Turns the engine's <see cref="CheckIssue"/>s into the answer's issues, naming the other drug only when not masked.</summary>
public static class CheckIssueViews
{
    public static CheckIssueView From(CheckIssue issue, CheckedDrug drug, CheckHistory history)
    {
        var view = new IssueDrugView(drug.Line, drug.Rp, drug.Code, drug.Drug.Code, drug.Drug.Name, drug.Drug.Ingredient.Code, AdministrationRoutes.Category(drug.Drug.Ingredient.Route));
        var duplicate = issue.Type == CheckIssueType.Duplicate;
        if (issue.With is null)
        {
            return duplicate
                ? new(Type(issue), view, null, true, $"{drug.Drug.Name}：重複投薬があります（患者の同意がないため、相手の薬剤名・医療機関名は表示しません）。",
                    $"{drug.Drug.Name}: a duplicate medication exists (without the patient's consent the other drug and facility are not shown).")
                : new(Type(issue), view, null, true, $"{drug.Drug.Name}：併用禁忌の薬剤があります（患者の同意がないため、相手の薬剤名・医療機関名は表示しません）。",
                    $"{drug.Drug.Name}: a contraindicated combination exists (without the patient's consent the other drug and facility are not shown).");
        }

        var record = history.RecordOf(issue.With);
        var with = new IssueWithView(
            record.Kind == MedicationRecordKind.Prescription ? "prescription" : "dispensing", record.Code, record.DrugName, record.FacilityCode, record.FacilityName,
            record.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), record.DaysSupply, DosageForms.Japanese(record.Form), record.InHouse);
        var since = $"{with.FacilityName}（{with.FacilityCode}）、{with.Date}";
        return duplicate
            ? new(Type(issue), view, with, false, $"{drug.Drug.Name}：同一成分・同一投与経路の{with.Name}（{since}）が服用期間中です。",
                $"{drug.Drug.Name}: {with.Name} ({with.FacilityName} {with.FacilityCode}, {with.Date}) has the same ingredient and route and is still in use.")
            : new(Type(issue), view, with, false, $"{drug.Drug.Name}：併用禁忌の{with.Name}（{since}）が服用期間中です。",
                $"{drug.Drug.Name}: {with.Name} ({with.FacilityName} {with.FacilityCode}, {with.Date}) must not be taken with it and is still in use.");
    }

    private static string Type(CheckIssue issue) => issue.Type == CheckIssueType.Duplicate ? "duplicate" : "contraindication";
}
