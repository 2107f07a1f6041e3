namespace Tsunagu.Storage;

/// <summary>The few places where the two engines' SQL differs; everything else is written once.</summary>
public abstract class SqlDialect
{
    public abstract string TypeName(Schema.ColumnType type);

    /// <summary>The column definition of an auto-assigned 64-bit primary key.</summary>
    public abstract string IdentityPrimaryKey(string column);
}
