using Tsunagu.Storage.People;

namespace Tsunagu.Server.People;

/// <summary>What the identifiers matched: one person's coverage, nobody, or several people (複数該当).</summary>
public sealed record PatientMatch(IReadOnlyList<StoredCoverage> Matches)
{
    public bool IsUnique => Matches.Select(m => m.PersonId).Distinct().Count() == 1;

    public StoredCoverage Coverage => Matches[0];

    public long PersonId => Matches[0].PersonId;
}
