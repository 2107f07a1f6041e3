namespace Tsunagu.Storage.People;

/// <summary>
/// What a member load did: records created and updated, or — when some named a previous coverage that exists neither
/// in the batch nor in the store — the indexes of those records (and then nothing was written).
/// </summary>
/// <param name="PersonIds">The person of each record, in batch order; empty when nothing was written.</param>
public sealed record MemberLoadResult(int Created, int Updated, IReadOnlyList<int> MissingPreviousCoverage, IReadOnlyList<long> PersonIds)
{
    public bool Succeeded => MissingPreviousCoverage.Count == 0;
}
