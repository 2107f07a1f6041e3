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
}
