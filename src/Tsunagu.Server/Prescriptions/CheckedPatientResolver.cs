using Tsunagu.Domain.Errors;
using Tsunagu.Server.People;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// Finds the patient of a 重複投薬等チェック by card identifiers and birthdate as <see cref="PatientResolver"/> does, and
/// reads the person's medication history in the same statement (one round trip on PostgreSQL instead of two).
/// </summary>
public sealed class CheckedPatientResolver(CardHistoryLookup lookup)
{
    /// <summary>
    /// How many people the identifiers name and, when it is one, that person with their records since
    /// <paramref name="since"/>. Errors mean the identifiers were malformed; <see cref="Failure"/> tells a find that is
    /// not one person.
    /// </summary>
    public async Task<(CardHistory? Found, IReadOnlyList<FieldError> Errors)> ResolveAsync(
        PatientIdentifiers patient, DateOnly since, CancellationToken cancellationToken = default)
    {
        var (card, errors) = PatientResolver.Read(patient);
        return card is null
            ? (null, errors)
            : (await lookup.FindAsync(card.Key.InsurerNumber, card.Key.Symbol, card.Key.Number, card.Branch, card.Birthdate, since, cancellationToken), []);
    }

    /// <summary>The error answer for a find that is not exactly one person, or null when it is.</summary>
    public static FieldError? Failure(CardHistory found)
    {
        ArgumentNullException.ThrowIfNull(found);
        return PatientResolver.Failure(found.People);
    }

    /// <summary>The one person found, with their history.</summary>
    public static CheckedPatient Patient(CardHistory found)
    {
        ArgumentNullException.ThrowIfNull(found);
        return new CheckedPatient(found.PersonId, found.History);
    }
}
