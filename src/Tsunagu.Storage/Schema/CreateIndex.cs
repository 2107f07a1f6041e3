namespace Tsunagu.Storage.Schema;

public sealed record CreateIndex(string Name, string Table, IReadOnlyList<string> Columns, bool Unique = false) : IMigrationStep
{
    public IEnumerable<string> Render(SqlDialect dialect)
    {
        yield return $"CREATE {(Unique ? "UNIQUE " : string.Empty)}INDEX {Name} ON {Table} ({string.Join(", ", Columns)})";
    }
}
