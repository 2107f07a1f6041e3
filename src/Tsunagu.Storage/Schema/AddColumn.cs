namespace Tsunagu.Storage.Schema;

/// <summary>Adds a nullable column to an existing table (both engines add it without rewriting the table).</summary>
public sealed record AddColumn(string Table, string Name, ColumnType Type) : IMigrationStep
{
    public IEnumerable<string> Render(SqlDialect dialect)
    {
        yield return $"ALTER TABLE {Table} ADD COLUMN {Name} {dialect.TypeName(Type)}";
    }
}
