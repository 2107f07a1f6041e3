using Tsunagu.Domain.Prescriptions.History;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>
/// What a card number and birthdate find for a 重複投薬等チェック: how many people on the card have the birthdate and,
/// when exactly one has, that person and their medication history.
/// </summary>
/// <param name="PersonId">The one person's id when <paramref name="People"/> is 1, else 0.</param>
/// <param name="History">The one person's records, oldest first; empty unless <paramref name="People"/> is 1.</param>
public sealed record CardHistory(int People, long PersonId, IReadOnlyList<MedicationRecord> History);
