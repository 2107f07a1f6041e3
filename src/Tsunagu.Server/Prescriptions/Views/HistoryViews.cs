using System.Globalization;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Domain.Prescriptions.History;

namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>Groups medication-history records back into the documents they came from.</summary>
public static class HistoryViews
{
    public static IReadOnlyList<HistoryDocumentView> Documents(IReadOnlyList<MedicationRecord> records, MedicationRecordKind kind)
    {
        ArgumentNullException.ThrowIfNull(records);
        var answered = records.Where(r => r.Kind == MedicationRecordKind.Dispensing && r.PrescriptionId is not null).Select(r => r.PrescriptionId!).ToHashSet();
        return
        [
            .. records.Where(r => r.Kind == kind).GroupBy(r => r.SourceId).Select(lines =>
            {
                var first = lines.First();
                return new HistoryDocumentView(
                    first.SourceId,
                    kind == MedicationRecordKind.Dispensing ? first.PrescriptionId : null,
                    first.FacilityCode,
                    first.FacilityName,
                    first.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    first.InHouse,
                    first.Inpatient,
                    kind == MedicationRecordKind.Prescription ? first.InHouse || answered.Contains(first.SourceId) : null,
                    [.. lines.Select(Drug)]);
            }),
        ];
    }

    private static HistoryDrugView Drug(MedicationRecord r) =>
        new(r.Line, r.Code, r.DrugName, r.Quantity, r.Unit, r.Usage, DosageForms.Japanese(r.Form), r.DaysSupply);
}
