namespace Tsunagu.Storage.Prescriptions;

/// <summary>The engine-specific fast path of a bulk medication-history load: a positional prepared statement on SQLite, binary COPY on PostgreSQL.</summary>
internal interface IMedicationHistoryBulk
{
    /// <param name="written">Told how many rows were written since it was last told, every few thousand rows.</param>
    Task InsertAsync(WriteTransaction write, IReadOnlyList<MedicationHistoryRow> rows, IProgress<int>? written, CancellationToken cancellationToken);
}
