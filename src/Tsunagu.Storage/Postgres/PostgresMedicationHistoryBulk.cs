using Npgsql;
using NpgsqlTypes;
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

        await PostgresCopy.WriteRowsAsync(
            (NpgsqlConnection)write.Connection, $"COPY medication_history ({MedicationHistoryColumns.List}) FROM STDIN (FORMAT BINARY)", rows.Count,
            i => MedicationHistoryColumns.Values(rows[i].PersonId, rows[i].Record), Types, written, cancellationToken);
    }
}
