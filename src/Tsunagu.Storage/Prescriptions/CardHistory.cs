using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Storage.People;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>
/// What a card number and birthdate find for a 重複投薬等チェック: the card's coverages, and the medication history of
/// the one person on it born that day (empty when nobody or several people are).
/// </summary>
public sealed record CardHistory(IReadOnlyList<StoredCoverage> Coverages, IReadOnlyList<MedicationRecord> History);
