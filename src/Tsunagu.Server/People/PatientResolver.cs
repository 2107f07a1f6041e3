using Tsunagu.Domain.Errors;
using Tsunagu.Domain.People;
using Tsunagu.Storage.People;

namespace Tsunagu.Server.People;

/// <summary>Finds the person behind card identifiers and a birthdate; the birthdate must match the coverage's.</summary>
public sealed class PatientResolver(CoverageStore coverages)
{
    /// <summary>Checks the identifiers' shape, then looks them up. Errors mean the input was malformed.</summary>
    public async Task<(PatientMatch? Match, IReadOnlyList<FieldError> Errors)> ResolveAsync(PatientIdentifiers patient, CancellationToken cancellationToken = default)
    {
        var (card, errors) = Read(patient);
        if (card is null)
        {
            return (null, errors);
        }

        var found = await coverages.FindByCardAsync(card.Key.InsurerNumber, card.Key.Symbol, card.Key.Number, card.Branch, cancellationToken);
        return (card.Match(found), []);
    }

    /// <summary>The identifiers as a card to look up, or the errors that make them malformed.</summary>
    public static (PatientCard? Card, IReadOnlyList<FieldError> Errors) Read(PatientIdentifiers patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var reader = new FieldReader();
        var key = InsuredIdentifiers.Read(reader, new CoverageKeyDraft(patient.InsurerNumber, patient.InsuredCardSymbol, patient.InsuredIdentificationNumber, patient.InsuredBranchNumber));
        var birthdate = reader.Date(patient.Birthdate, "birthdate", required: true);
        return reader.HasErrors ? (null, reader.Errors) : (new PatientCard(key!, birthdate!.Value), []);
    }

    /// <summary>The error answer for a lookup that did not find exactly one person, or null when it did.</summary>
    public static FieldError? Failure(PatientMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return Failure(match.Matches.Select(m => m.PersonId).Distinct().Count());
    }

    /// <summary>The error answer for a lookup that found <paramref name="people"/> people, or null for one.</summary>
    public static FieldError? Failure(int people) => people switch
    {
        0 => new FieldError(PatientErrors.NotFound, "insuredIdentificationNumber"),
        1 => null,
        _ => new FieldError(PatientErrors.Ambiguous, "insuredBranchNumber"),
    };
}
