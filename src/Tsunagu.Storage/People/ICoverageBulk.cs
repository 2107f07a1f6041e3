using Tsunagu.Domain.People;

namespace Tsunagu.Storage.People;

/// <summary>The engine-specific fast paths of the member load: batched prepared statements on SQLite, arrays and binary COPY on PostgreSQL.</summary>
internal interface ICoverageBulk
{
    /// <summary>The stored coverage of each key, where one exists (null where none).</summary>
    Task<CoverageMatch?[]> LookupAsync(WriteTransaction write, IReadOnlyList<CoverageKey> keys, CancellationToken cancellationToken);

    Task InsertAsync(WriteTransaction write, IReadOnlyList<CoverageRow> rows, DateTimeOffset at, CancellationToken cancellationToken);

    Task UpdateAsync(WriteTransaction write, IReadOnlyList<CoverageRow> rows, DateTimeOffset at, CancellationToken cancellationToken);
}
