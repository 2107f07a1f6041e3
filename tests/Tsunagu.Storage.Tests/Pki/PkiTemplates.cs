using Tsunagu.Storage.Pki;

[assembly: AssemblyFixture(typeof(Tsunagu.Storage.Tests.Pki.PkiTemplates))]

namespace Tsunagu.Storage.Tests.Pki;

/// <summary>
/// Two data folders initialized once per run (CA keys are slow to generate), copied into each test's own folder.
/// <see cref="Primary"/> and <see cref="Other"/> hold unrelated CAs.
/// </summary>
public sealed class PkiTemplates : IDisposable
{
    private readonly TempFolder primary = new();
    private readonly TempFolder other = new();

    public PkiTemplates()
    {
        Created = DateTimeOffset.UtcNow;
        new CertificateAuthorityStore(new PkiFolder(primary.Path)).Initialize(force: false, Created);
        new CertificateAuthorityStore(new PkiFolder(other.Path)).Initialize(force: false, Created);
    }

    /// <summary>When the CAs and their CRLs were made.</summary>
    public DateTimeOffset Created { get; }

    public string Primary => primary.Path;

    public string Other => other.Path;

    /// <summary>Copies a template's <c>pki/</c> into <paramref name="dataFolder"/> and returns a store over the copy.</summary>
    public static CertificateAuthorityStore CopyTo(string template, string dataFolder)
    {
        var target = new PkiFolder(dataFolder);
        Directory.CreateDirectory(target.Path);
        foreach (var file in Directory.GetFiles(new PkiFolder(template).Path))
        {
            File.Copy(file, Path.Combine(target.Path, Path.GetFileName(file)));
        }

        return new CertificateAuthorityStore(target);
    }

    public void Dispose()
    {
        primary.Dispose();
        other.Dispose();
    }
}
