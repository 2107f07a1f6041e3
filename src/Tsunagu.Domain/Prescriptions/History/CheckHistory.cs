using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Prescriptions.Checks;

namespace Tsunagu.Domain.Prescriptions.History;

/// <summary>
/// A patient's medication history as the 重複投薬等チェック compares it: the stored records that still describe what the
/// patient takes, each with the master's drug. Left out: the records of the prescription being checked itself; a
/// prescription's lines once a dispensing answers it (the dispensing says what was handed over, and when); and the
/// lines of a prescription no pharmacy received before its window closed.
/// </summary>
public sealed class CheckHistory
{
    private readonly Dictionary<MedicationHistoryEntry, MedicationRecord> records = new(ReferenceEqualityComparer.Instance);

    private CheckHistory(List<MedicationHistoryEntry> entries) => Entries = entries;

    public IReadOnlyList<MedicationHistoryEntry> Entries { get; }

    /// <param name="excludedPrescription">The prescription being registered, received or dispensed, whose own lines are no history of it.</param>
    public static CheckHistory From(IReadOnlyList<MedicationRecord> stored, DrugMaster master, DateOnly today, string? excludedPrescription = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(master);
        var answered = stored.Where(r => r.Kind == MedicationRecordKind.Dispensing && r.PrescriptionId is not null).Select(r => r.PrescriptionId!).ToHashSet();
        var entries = new List<MedicationHistoryEntry>(stored.Count);
        var history = new CheckHistory(entries);
        foreach (var record in stored)
        {
            if (Counts(record, answered, today, excludedPrescription))
            {
                var entry = new MedicationHistoryEntry(Drug(record, master), record.FacilityCode, record.Date, record.DaysSupply, record.Form, record.Inpatient, record.InHouse);
                entries.Add(entry);
                history.records.Add(entry, record);
            }
        }

        return history;
    }

    /// <summary>The stored record an entry (e.g. <see cref="CheckIssue.With"/>) was made from.</summary>
    public MedicationRecord RecordOf(MedicationHistoryEntry entry) => records[entry];

    private static bool Counts(MedicationRecord record, HashSet<string> answered, DateOnly today, string? excluded) =>
        (excluded is null || record.PrescriptionId != excluded)
        && (record.Kind == MedicationRecordKind.Dispensing || record.InHouse
            || (!answered.Contains(record.PrescriptionId!) && record.UsableUntil is { } until && until >= today));

    /// <summary>The master's drug for the stored code, else the key it had when registered; null for lines not checked.</summary>
    private static ResolvedDrug? Drug(MedicationRecord record, DrugMaster master) =>
        record.ResolvedCode is null ? null
            : master.Recall(record.ResolvedCode)
            ?? (record.Ingredient is { } key ? new ResolvedDrug(record.ResolvedCode, null, key, record.DrugName) : null);
}
