using Tsunagu.Storage.Schema;

namespace Tsunagu.Storage.Sqlite;

public sealed class SqliteDialect : SqlDialect
{
    public override string TypeName(ColumnType type) => type switch
    {
        ColumnType.Number or ColumnType.BigInteger or ColumnType.Boolean or ColumnType.Instant => "INTEGER",
        ColumnType.Bytes => "BLOB",
        _ => "TEXT",
    };

    /// <summary>An INTEGER PRIMARY KEY is SQLite's rowid alias: assigned automatically and the fastest key there is.</summary>
    public override string IdentityPrimaryKey(string column) => $"{column} INTEGER PRIMARY KEY";

    /// <summary>SQLite stores values as given: there is nothing to choose.</summary>
    public override IEnumerable<string> FastCompression(string table, IReadOnlyList<string> columns) => [];
}
