namespace Tsunagu.Storage.Schema;

/// <summary>
/// Makes the engine compress the large values of some columns of a table with its fastest method from now on
/// (<see cref="SqlDialect.FastCompression"/>); values already stored stay as they are.
/// </summary>
public sealed record FastCompression(string Table, params IReadOnlyList<string> Columns) : IMigrationStep
{
    public IEnumerable<string> Render(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        return dialect.FastCompression(Table, Columns);
    }
}
