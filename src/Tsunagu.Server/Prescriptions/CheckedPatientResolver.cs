using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Server.People;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// Finds the patient of a 重複投薬等チェック by card identifiers and birthdate as <see cref="PatientResolver"/> does, and
/// reads the person's medication history in the same lookup (one round trip on PostgreSQL instead of two).
/// </summary>
public sealed class CheckedPatientResolver(CardHistoryLookup lookup)
{
    /// <summary>
    /// The match and, when it is one person, their records since <paramref name="since"/> (else none). Errors mean the
    /// identifiers were malformed; <see cref="PatientResolver.Failure"/> tells a match that is not one person.
    /// </summary>
    public async Task<(PatientMatch? Match, IReadOnlyList<MedicationRecord> History, IReadOnlyList<FieldError> Errors)> ResolveAsync(
        PatientIdentifiers patient, DateOnly since, CancellationToken cancellationToken = default)
    {
        var (card, errors) = PatientResolver.Read(patient);
        if (card is null)
        {
            return (null, [], errors);
        }

        var found = await lookup.FindAsync(card.Key.InsurerNumber, card.Key.Symbol, card.Key.Number, card.Branch, card.Birthdate, since, cancellationToken);
        return (card.Match(found.Coverages), found.History, []);
    }
}
