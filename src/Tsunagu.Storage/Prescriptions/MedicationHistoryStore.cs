using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Storage.Postgres;
using Tsunagu.Storage.Sqlite;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>
/// The medication history (薬剤情報): one row per drug line of every prescription and dispensing result, keyed by person,
/// so a check reads a person's history in one indexed query.
/// </summary>
public sealed class MedicationHistoryStore(Database database)
{
    /// <summary>The most rows one INSERT carries: PostgreSQL takes at most 65,535 parameters in a statement.</summary>
    public const int RowsPerInsert = 100;

    private readonly IMedicationHistoryBulk bulk = database.Engine == DatabaseEngine.Sqlite ? new SqliteMedicationHistoryBulk() : new PostgresMedicationHistoryBulk();

    /// <summary>Appends a person's records from <paramref name="from"/> on, up to <see cref="RowsPerInsert"/> in one statement.</summary>
    public static async Task InsertAsync(WriteTransaction write, long personId, IReadOnlyList<MedicationRecord> records, int from = 0)
    {
        for (var start = from; start < records.Count; start += RowsPerInsert)
        {
            var count = Math.Min(RowsPerInsert, records.Count - start);
            await write.Kept(MedicationHistoryColumns.InsertRows(count)).With("person", personId)
                .WithRows(personId, records, start, count).ExecuteNonQueryAsync();
        }
    }

    /// <summary>Removes a cancelled prescription's lines.</summary>
    public static async Task DeletePrescriptionAsync(WriteTransaction write, long personId, string prescriptionId)
    {
        var command = write.Kept("DELETE FROM medication_history WHERE person_id = @person AND source_id = @id")
            .With("person", personId).With("id", prescriptionId);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A person's records that start between <paramref name="from"/> and <paramref name="to"/> (inclusive), oldest first.</summary>
    public async Task<IReadOnlyList<MedicationRecord>> ForPersonAsync(long personId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        var command = session.Command(
                $"SELECT {MedicationHistoryColumns.List} FROM medication_history WHERE person_id = @person AND started_on >= @from AND started_on <= @to " +
                "ORDER BY started_on, source_id, line")
            .With("person", personId).With("from", from).With("to", to);
        var records = new List<MedicationRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(MedicationHistoryColumns.From(reader));
        }

        return records;
    }

    /// <summary>
    /// Appends many people's records inside <paramref name="write"/> through the engine's fast path (a prepared statement
    /// bound by position on SQLite, binary COPY on PostgreSQL), as a demo history load does.
    /// </summary>
    /// <param name="written">Told how many more rows were written, every few thousand rows.</param>
    public Task InsertManyAsync(WriteTransaction write, IReadOnlyList<MedicationHistoryRow> rows, IProgress<int>? written = null, CancellationToken cancellationToken = default) =>
        bulk.InsertAsync(write, rows, written, cancellationToken);

    /// <summary>Removes every record whose source id starts with <paramref name="prefix"/> (letters, digits and '-' only); returns how many.</summary>
    public static async Task<int> DeleteSourcesAsync(WriteTransaction write, string prefix, CancellationToken cancellationToken = default)
    {
        if (!prefix.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException("A source prefix holds letters, digits and '-' only (it is matched with LIKE).", nameof(prefix));
        }

        await using var command = write.Command("DELETE FROM medication_history WHERE source_id LIKE @pattern").With("pattern", prefix + "%");
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
