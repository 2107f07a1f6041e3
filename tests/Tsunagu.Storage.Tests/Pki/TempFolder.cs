namespace Tsunagu.Storage.Tests.Pki;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("tsunagu-pki-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
