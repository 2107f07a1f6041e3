namespace Tsunagu.Storage.Schema;

/// <summary>
/// A table described in code. Build it with the fluent methods; <see cref="IdentityKey"/> makes an auto-assigned
/// 64-bit key, <see cref="PrimaryKey"/> a natural one.
/// </summary>
public sealed class CreateTable(string name) : IMigrationStep
{
    private readonly List<Column> columns = [];
    private readonly List<string> primaryKey = [];
    private string? identity;

    public string Name { get; } = name;

    public CreateTable IdentityKey(string column)
    {
        identity = column;
        return this;
    }

    public CreateTable Column(string column, ColumnType type, bool nullable = false)
    {
        columns.Add(new Column(column, type, nullable));
        return this;
    }

    public CreateTable PrimaryKey(params string[] keyColumns)
    {
        primaryKey.AddRange(keyColumns);
        return this;
    }

    public IEnumerable<string> Render(SqlDialect dialect)
    {
        var definitions = new List<string>();
        if (identity is not null)
        {
            definitions.Add(dialect.IdentityPrimaryKey(identity));
        }

        definitions.AddRange(columns.Select(c => $"{c.Name} {dialect.TypeName(c.Type)}{(c.Nullable ? string.Empty : " NOT NULL")}"));
        if (primaryKey.Count > 0)
        {
            definitions.Add($"PRIMARY KEY ({string.Join(", ", primaryKey)})");
        }

        yield return $"CREATE TABLE {Name} (\n    {string.Join(",\n    ", definitions)}\n)";
    }
}
