namespace Tsunagu.Storage.Schema;

/// <summary>Engine-neutral column types; <see cref="SqlDialect.TypeName"/> renders each for its engine.</summary>
public enum ColumnType
{
    Number,
    BigInteger,
    Text,
    Boolean,

    /// <summary>A calendar date: SQLite TEXT yyyy-MM-dd (sorts correctly), PostgreSQL DATE.</summary>
    Date,

    /// <summary>An instant as Unix milliseconds (BIGINT on both engines, so ordering and arithmetic agree).</summary>
    Instant,

    Bytes,

    /// <summary>A JSON document stored as text; never queried into, only read back whole.</summary>
    Json,
}
