namespace Tsunagu.Testing;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("tsunagu-test-").FullName;

    /// <summary>Copies the files of <paramref name="source"/>, recursively, into the same relative places under this folder.</summary>
    public void CopyFrom(string source)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (e.g. by a pooled SQLite connection) is left for the OS to clean.
        }
    }
}
