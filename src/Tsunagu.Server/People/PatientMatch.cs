using Tsunagu.Domain.People;
using Tsunagu.Storage.People;

namespace Tsunagu.Server.People;

/// <summary>
/// What the identifiers matched: one person's coverage, nobody, or several people (複数該当). <see cref="Key"/> is the card
/// as it was named (枝番 empty when none was given), so that a failed lookup can still be audited against it.
/// </summary>
public sealed record PatientMatch(CoverageKey Key, IReadOnlyList<StoredCoverage> Matches)
{
    public StoredCoverage Coverage => Matches[0];

    public long PersonId => Matches[0].PersonId;
}
