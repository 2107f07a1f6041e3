using Tsunagu.Domain.People;

namespace Tsunagu.Domain.Eligibility;

/// <summary>
/// What a check concludes: the validity code, the person (when exactly one matched) and the coverages to report —
/// the one matched, and for <see cref="QualificationValidity.InvalidNewerExists"/> also the newer one in force.
/// </summary>
public sealed record EligibilityDecision(QualificationValidity Validity, long? PersonId, IReadOnlyList<Coverage> Coverages)
{
    public static EligibilityDecision NotFound { get; } = new(QualificationValidity.NotFound, null, []);

    public static EligibilityDecision MultipleMatches { get; } = new(QualificationValidity.MultipleMatches, null, []);

    /// <summary>
    /// Decides from the coverages matching the card and birthdate. When the matched coverage is not in force the answer
    /// is <see cref="QualificationValidity.Invalid"/>; <see cref="WithNewer"/> then looks for a newer coverage.
    /// </summary>
    public static EligibilityDecision Decide(IReadOnlyList<PersonCoverage> matches, DateOnly date)
    {
        if (matches.Count == 0)
        {
            return NotFound;
        }

        var person = matches[0].PersonId;
        if (matches.Any(m => m.PersonId != person))
        {
            return MultipleMatches;
        }

        var matched = matches.Select(m => m.Coverage).FirstOrDefault(c => c.IsValidOn(date)) ?? matches[^1].Coverage;
        return new EligibilityDecision(matched.IsValidOn(date) ? QualificationValidity.Valid : QualificationValidity.Invalid, person, [matched]);
    }

    /// <summary>
    /// Decides for a person identified by the My Number card: their newest coverage in force on the date, else their
    /// newest coverage (<see cref="QualificationValidity.Invalid"/>), else <see cref="QualificationValidity.NotFound"/>.
    /// </summary>
    public static EligibilityDecision ForPerson(long personId, IReadOnlyList<Coverage> coverages, DateOnly date)
    {
        var newestFirst = coverages.OrderByDescending(c => c.QualificationDate).ToList();
        if (newestFirst.Count == 0)
        {
            return NotFound;
        }

        var valid = newestFirst.FirstOrDefault(c => c.IsValidOn(date));
        return valid is null
            ? new EligibilityDecision(QualificationValidity.Invalid, personId, [newestFirst[0]])
            : new EligibilityDecision(QualificationValidity.Valid, personId, [valid]);
    }

    /// <summary>
    /// For an <see cref="QualificationValidity.Invalid"/> answer: the person's newest other coverage in force on the date,
    /// if any, turns it into <see cref="QualificationValidity.InvalidNewerExists"/> and is reported after the old one.
    /// </summary>
    public EligibilityDecision WithNewer(IReadOnlyList<Coverage> personCoverages, DateOnly date)
    {
        if (Validity != QualificationValidity.Invalid)
        {
            return this;
        }

        var matched = Coverages[0];
        var newer = personCoverages
            .Where(c => c.IsValidOn(date) && c.QualificationDate >= matched.QualificationDate && c.Key != matched.Key)
            .OrderByDescending(c => c.QualificationDate)
            .FirstOrDefault();
        return newer is null ? this : this with { Validity = QualificationValidity.InvalidNewerExists, Coverages = [matched, newer] };
    }
}
