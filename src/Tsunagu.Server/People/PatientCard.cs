using Tsunagu.Domain.People;
using Tsunagu.Storage.People;

namespace Tsunagu.Server.People;

/// <summary>Well-formed card identifiers and the birthdate that must match the coverage's.</summary>
public sealed record PatientCard(CoverageKey Key, DateOnly Birthdate)
{
    /// <summary>The 枝番 to look up by, or null when none was given (family members then share the card number).</summary>
    public string? Branch => string.IsNullOrEmpty(Key.Branch) ? null : Key.Branch;

    /// <summary>Of the coverages found on the card, those of the people born on <see cref="Birthdate"/>.</summary>
    public PatientMatch Match(IReadOnlyList<StoredCoverage> found) => new(Key, [.. found.Where(c => c.Coverage.Birthdate == Birthdate)]);
}
