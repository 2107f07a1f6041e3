using Npgsql;
using NpgsqlTypes;
using Tsunagu.Storage.People;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Storage.Postgres;

/// <summary>PostgreSQL's fast path for medication-history rows: binary COPY, in the caller's transaction.</summary>
internal sealed class PostgresMedicationHistoryBulk : IMedicationHistoryBulk
{
    /// <summary>The column types in <see cref="MedicationHistoryColumns.List"/> order.</summary>
    private static readonly NpgsqlDbType[] Types =
    [
        NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Date, NpgsqlDbType.Date, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Boolean, NpgsqlDbType.Boolean,
    ];

    public async Task InsertAsync(WriteTransaction write, IReadOnlyList<MedicationHistoryRow> rows, IProgress<int>? written, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var connection = (NpgsqlConnection)write.Connection;
        await using var importer = await connection.BeginBinaryImportAsync($"COPY medication_history ({MedicationHistoryColumns.List}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            await importer.StartRowAsync(cancellationToken);
            var values = MedicationHistoryColumns.Values(rows[i].PersonId, rows[i].Record);
            for (var c = 0; c < values.Length; c++)
            {
                await PostgresCopy.WriteAsync(importer, values[c], Types[c], cancellationToken);
            }

            BulkProgress.Tick(written, i + 1, rows.Count);
        }

        await importer.CompleteAsync(cancellationToken);
    }
}
