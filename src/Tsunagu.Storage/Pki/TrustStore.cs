using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Pki;

namespace Tsunagu.Storage.Pki;

/// <summary>
/// The server's trusted CAs (HPKI, 公的個人認証) and their CRLs, read from files and kept current without a restart:
/// at most once per <see cref="RefreshInterval"/> a caller of <see cref="Current"/> compares the files' write times and
/// lengths with those loaded, and reloads when one changed (e.g. a new CRL after <c>tsunagu pki revoke</c>).
/// Every other call returns the prepared <see cref="TrustMaterial"/> without touching the disk. Thread-safe.
/// </summary>
public sealed class TrustStore
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    private readonly IReadOnlyList<TrustSource> sources;
    private readonly string[] files;
    private readonly TimeProvider time;
    private TrustSnapshot snapshot;
    private int refreshing;

    public TrustStore(IEnumerable<TrustSource> sources, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        this.sources = [.. sources];
        files = [.. this.sources.SelectMany(s => new[] { s.CertificatePath, s.RevocationListPath })];
        this.time = time ?? TimeProvider.System;
        snapshot = Load();
    }

    /// <summary>The trust store of a data folder's <c>pki/</c>, plus any configured extra sources.</summary>
    public static TrustStore ForDataFolder(string dataFolder, IEnumerable<TrustSource>? extraSources = null, TimeProvider? time = null) =>
        new(new PkiFolder(dataFolder).TrustSources().Concat(extraSources ?? []), time);

    /// <summary>The trust material as of the last check; checks the files first when the interval has passed.</summary>
    public TrustMaterial Current
    {
        get
        {
            var current = Volatile.Read(ref snapshot);
            if (time.GetElapsedTime(current.CheckedAt) < RefreshInterval || Interlocked.Exchange(ref refreshing, 1) == 1)
            {
                return current.Material;
            }

            try
            {
                current = Refresh(current);
                Volatile.Write(ref snapshot, current);
                return current.Material;
            }
            finally
            {
                Volatile.Write(ref refreshing, 0);
            }
        }
    }

    /// <summary>Files that could not be read and CRLs that were refused at the last load.</summary>
    public IReadOnlyList<FieldError> Problems => Volatile.Read(ref snapshot).Problems;

    private TrustSnapshot Refresh(TrustSnapshot current) =>
        files.Select(FileStamp.Of).SequenceEqual(current.Stamps) ? current with { CheckedAt = time.GetTimestamp() } : Load();

    private TrustSnapshot Load()
    {
        var checkedAt = time.GetTimestamp();
        FileStamp[] stamps = [.. files.Select(FileStamp.Of)];
        var (material, problems) = TrustLoader.Load(sources);
        return new TrustSnapshot(material, problems, stamps, checkedAt);
    }
}
