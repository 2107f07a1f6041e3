namespace Tsunagu.Testing;

/// <summary>The repository's root: the nearest folder above the test binaries that holds Tsunagu.slnx.</summary>
public static class RepositoryRoot
{
    public static string? Path { get; } = Find();

    private static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Tsunagu.slnx")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
