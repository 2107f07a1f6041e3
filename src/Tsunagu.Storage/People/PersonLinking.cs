using Tsunagu.Domain.People;

namespace Tsunagu.Storage.People;

/// <summary>
/// Decides the person of each record of a member load: the person of the previous coverage it names (in the batch or
/// already stored), else the person it already had, else a new person whose id is the record's own id.
/// </summary>
internal sealed class PersonLinking(IReadOnlyList<Coverage> batch, long[] ids, CoverageMatch?[] existing)
{
    private readonly Dictionary<CoverageKey, int> indexByKey = batch.Select((c, i) => (c.Key, i)).ToDictionary(p => p.Key, p => p.i);
    private readonly List<int> missing = [];

    public IReadOnlyList<int> Missing => missing;

    public bool InBatch(CoverageKey key) => indexByKey.ContainsKey(key);

    /// <summary>Returns each record's person id; records whose previous coverage cannot be found are listed in <see cref="Missing"/>.</summary>
    public long[] Resolve(IReadOnlyDictionary<CoverageKey, long> storedPersons)
    {
        var persons = new long?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            persons[i] ??= Follow(i, storedPersons, persons, depth: 0);
        }

        return persons.Select(p => p ?? 0).ToArray();
    }

    private long? Follow(int index, IReadOnlyDictionary<CoverageKey, long> storedPersons, long?[] persons, int depth)
    {
        if (persons[index] is { } known)
        {
            return known;
        }

        var previous = batch[index].PreviousCoverage;
        long? person = previous switch
        {
            null => existing[index]?.PersonId ?? ids[index],
            _ when depth < batch.Count && indexByKey.TryGetValue(previous, out var earlier) && earlier != index => Follow(earlier, storedPersons, persons, depth + 1),
            _ when storedPersons.TryGetValue(previous, out var stored) => stored,
            _ => null,
        };
        if (person is null && !missing.Contains(index))
        {
            missing.Add(index);
        }

        persons[index] = person;
        return person;
    }
}
