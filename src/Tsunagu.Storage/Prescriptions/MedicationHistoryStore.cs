using Tsunagu.Domain.Prescriptions.History;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>
/// The medication history (薬剤情報): one row per drug line of every prescription and dispensing result, keyed by person,
/// so a check reads a person's history in one indexed query.
/// </summary>
public sealed class MedicationHistoryStore(Database database)
{
    private static readonly string InsertSql =
        $"INSERT INTO medication_history ({MedicationHistoryColumns.List}) VALUES ({string.Join(", ", MedicationHistoryColumns.Parameters.Select(p => "@" + p))})";

    public static async Task InsertAsync(WriteTransaction write, long personId, IReadOnlyList<MedicationRecord> records)
    {
        await using var command = write.Command(InsertSql);
        foreach (var parameter in MedicationHistoryColumns.Parameters)
        {
            command.With(parameter, null);
        }

        foreach (var record in records)
        {
            var values = MedicationHistoryColumns.Values(personId, record);
            for (var i = 0; i < values.Length; i++)
            {
                command.Set(MedicationHistoryColumns.Parameters[i], values[i]);
            }

            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Removes a cancelled prescription's lines.</summary>
    public static async Task DeletePrescriptionAsync(WriteTransaction write, long personId, string prescriptionId)
    {
        await using var command = write.Command("DELETE FROM medication_history WHERE person_id = @person AND source_id = @id")
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
}
