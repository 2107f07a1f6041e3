using Tsunagu.Domain.Drugs;

namespace Tsunagu.Storage.Drugs;

/// <summary>
/// The loaded <see cref="DrugCatalog"/>, kept current without a restart: at most once per <see cref="RefreshInterval"/>
/// a caller of <see cref="CurrentAsync"/> reads the catalog version (one small query) and reloads when an import —
/// by this instance, another server or the CLI — changed it. Every other call returns the loaded catalog. Thread-safe.
/// </summary>
public sealed class DrugCatalogSource(DrugStore store, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private DrugCatalog? loaded;
    private long checkedAt;

    public async ValueTask<DrugCatalog> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var catalog = Volatile.Read(ref loaded);
        if (catalog is not null && IsFresh())
        {
            return catalog;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            catalog = loaded;
            if (catalog is null || (!IsFresh() && await store.VersionAsync(cancellationToken) != catalog.Version))
            {
                catalog = await store.LoadAsync(cancellationToken);
                Volatile.Write(ref loaded, catalog);
            }

            Volatile.Write(ref checkedAt, time.GetTimestamp());
            return catalog;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private bool IsFresh() => time.GetElapsedTime(Volatile.Read(ref checkedAt)) < RefreshInterval;
}
