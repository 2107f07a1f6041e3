namespace Tsunagu.Storage;

/// <summary>The few places where the two engines' SQL differs; everything else is written once.</summary>
public abstract class SqlDialect
{
    public abstract string TypeName(Schema.ColumnType type);

    /// <summary>The column definition of an auto-assigned 64-bit primary key.</summary>
    public abstract string IdentityPrimaryKey(string column);

    /// <summary>
    /// The statements that make the engine compress the columns' large values with its fastest method, for new values;
    /// none when the engine has no such choice.
    /// </summary>
    public abstract IEnumerable<string> FastCompression(string table, IReadOnlyList<string> columns);
}
