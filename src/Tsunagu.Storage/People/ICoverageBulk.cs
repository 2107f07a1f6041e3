using Tsunagu.Domain.People;

namespace Tsunagu.Storage.People;

/// <summary>The engine-specific fast paths of the member load: batched prepared statements on SQLite, arrays and binary COPY on PostgreSQL.</summary>
internal interface ICoverageBulk
{
    /// <summary>The stored coverage of each key, where one exists (null where none).</summary>
    Task<CoverageMatch?[]> LookupAsync(WriteTransaction write, IReadOnlyList<CoverageKey> keys, CancellationToken cancellationToken);

    /// <param name="written">Told how many rows were written since it was last told, every few thousand rows.</param>
    Task InsertAsync(WriteTransaction write, IReadOnlyList<CoverageRow> rows, DateTimeOffset at, IProgress<int>? written, CancellationToken cancellationToken);

    Task UpdateAsync(WriteTransaction write, IReadOnlyList<CoverageRow> rows, DateTimeOffset at, IProgress<int>? written, CancellationToken cancellationToken);
}
