using Tsunagu.Storage.Pki;
using Tsunagu.Testing;

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

    /// <summary>Copies a template into <paramref name="dataFolder"/> and returns a store over the copy.</summary>
    public static CertificateAuthorityStore CopyTo(string template, TempFolder dataFolder)
    {
        dataFolder.CopyFrom(template);
        return new CertificateAuthorityStore(new PkiFolder(dataFolder.Path));
    }

    public void Dispose()
    {
        primary.Dispose();
        other.Dispose();
    }
}
