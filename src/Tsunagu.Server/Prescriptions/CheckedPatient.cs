using Tsunagu.Domain.Prescriptions.History;

namespace Tsunagu.Server.Prescriptions;

/// <summary>The person a 重複投薬等チェック is for, with their medication history (薬剤情報) read for it.</summary>
/// <param name="History">The person's records since the check's lookback date (<see cref="MedicationCheckService.HistorySince"/> of its check date).</param>
public sealed record CheckedPatient(long PersonId, IReadOnlyList<MedicationRecord> History);
