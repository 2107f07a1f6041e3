namespace Tsunagu.Storage.Schema;

/// <summary>One change to the schema, rendered as SQL statements for an engine.</summary>
public interface IMigrationStep
{
    IEnumerable<string> Render(SqlDialect dialect);
}
