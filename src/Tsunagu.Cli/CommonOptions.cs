using System.CommandLine;

namespace Tsunagu.Cli;

/// <summary>Options that every command understands.</summary>
public static class CommonOptions
{
    /// <summary>The data folder; defaults to TSUNAGU_DATA, then ./data, exactly as the server resolves it.</summary>
    public static readonly Option<DirectoryInfo> DataFolder = new("--data")
    {
        Description = "Data folder (default: $TSUNAGU_DATA, else ./data).",
        Recursive = true,
        DefaultValueFactory = _ => new DirectoryInfo(Environment.GetEnvironmentVariable("TSUNAGU_DATA") is { Length: > 0 } path ? path : "data"),
    };

    /// <summary>The database; when given it wins over TSUNAGU_DB, and an empty value means the SQLite file in the data folder.</summary>
    public static readonly Option<string> Database = new("--db")
    {
        Description = "PostgreSQL connection string; overrides $TSUNAGU_DB (default: $TSUNAGU_DB, else the SQLite file in the data folder). " +
            "--db \"\" uses SQLite even when TSUNAGU_DB is set. A command line is visible to other users: keep passwords in TSUNAGU_DB.",
        Recursive = true,
    };
}
