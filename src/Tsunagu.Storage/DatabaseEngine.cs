namespace Tsunagu.Storage;

/// <summary>The two engines one schema runs on.</summary>
public enum DatabaseEngine
{
    /// <summary>Embedded SQLite file in the data folder: the default, no setup.</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql: production, several server instances.</summary>
    PostgreSql,
}
