namespace Tsunagu.Storage.Schema;

/// <summary>
/// An index; with <see cref="Where"/> a partial index over the rows that match it (both engines accept
/// <c>CREATE [UNIQUE] INDEX … WHERE …</c>), e.g. access codes unique among live prescriptions only.
/// </summary>
public sealed record CreateIndex(string Name, string Table, IReadOnlyList<string> Columns, bool Unique = false, string? Where = null) : IMigrationStep
{
    public IEnumerable<string> Render(SqlDialect dialect)
    {
        var filter = Where is null ? string.Empty : $" WHERE {Where}";
        yield return $"CREATE {(Unique ? "UNIQUE " : string.Empty)}INDEX {Name} ON {Table} ({string.Join(", ", Columns)}){filter}";
    }
}
