namespace Tsunagu.Testing;

/// <summary>
/// The steering repository's public fixtures and reference files, which live beside the project (../shared) and are
/// never copied into it. TSUNAGU_SHARED overrides the location.
/// </summary>
public static class SharedFolder
{
    public static string? Root { get; } = Locate();

    /// <summary>The full path of a file under ../shared, or skips the test (with the reason printed) when ../shared is absent.</summary>
    public static string PathOrSkip(params string[] relative)
    {
        if (Root is null)
        {
            Assert.Skip("../shared is not beside the repository (set TSUNAGU_SHARED to point at it); this conformance test needs its public fixtures.");
        }

        return Path.Combine([Root!, .. relative]);
    }

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("TSUNAGU_SHARED") is { Length: > 0 } configured && Directory.Exists(configured))
        {
            return configured;
        }

        var root = RepositoryRoot.Path;
        var shared = root is null ? null : System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared"));
        return shared is not null && Directory.Exists(shared) ? shared : null;
    }
}
