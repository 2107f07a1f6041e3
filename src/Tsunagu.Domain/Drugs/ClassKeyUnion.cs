namespace Tsunagu.Domain.Drugs;

/// <summary>A disjoint-set (union–find) over class keys, with path halving; used once per master load.</summary>
internal sealed class ClassKeyUnion
{
    private readonly Dictionary<string, string> parent = new(StringComparer.Ordinal);

    public void Add(string classKey) => parent.TryAdd(classKey, classKey);

    public void Join(string a, string b)
    {
        var rootA = Root(a);
        var rootB = Root(b);
        if (rootA != rootB)
        {
            parent[rootA] = rootB;
        }
    }

    /// <summary>Every group, as the class keys in it.</summary>
    public IEnumerable<IGrouping<string, string>> Groups() => parent.Keys.ToList().GroupBy(Root);

    private string Root(string classKey)
    {
        var current = classKey;
        while (parent[current] is var next && next != current)
        {
            var grandparent = parent[next];
            parent[current] = grandparent;
            current = grandparent;
        }

        return current;
    }
}
