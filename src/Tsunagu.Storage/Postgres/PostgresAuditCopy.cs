using Npgsql;
using NpgsqlTypes;
using Tsunagu.Domain.Audit;

namespace Tsunagu.Storage.Postgres;

/// <summary>Writes a batch of audit records with one binary COPY: one round trip however many records a group commit holds.</summary>
internal static class PostgresAuditCopy
{
    public static async Task WriteAsync(NpgsqlConnection connection, string columns, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY audit_log ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var record in records)
        {
            var e = record.Event;
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(record.Chain, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(record.Sequence, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(e.At.ToUnixTimeMilliseconds(), NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(e.OrganizationCode, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(e.ClientId, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, e.SubjectPersonId, NpgsqlDbType.Bigint, cancellationToken);
            await WriteNullableAsync(importer, e.Subject, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(e.Action, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(e.Reason.ToString(), NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(e.Outcome.ToString(), NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(importer, e.Detail, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(record.PreviousHash, NpgsqlDbType.Bytea, cancellationToken);
            await importer.WriteAsync(record.Hash, NpgsqlDbType.Bytea, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await importer.WriteNullAsync(cancellationToken);
        }
        else
        {
            await importer.WriteAsync(value, type, cancellationToken);
        }
    }
}
