using Npgsql;
using NpgsqlTypes;
using Tsunagu.Domain.Audit;

namespace Tsunagu.Storage.Postgres;

/// <summary>
/// Writes a batch of audit records and moves the chain's head in one statement — the records unnested from one array
/// per column — so a group commit costs one round trip however many records it holds. A COPY needed three round trips
/// and a second statement for the head, which made small batches (the common case under load) the slowest part of an
/// audited read.
/// </summary>
internal static class PostgresAuditInsert
{
    public static async Task WriteAsync(NpgsqlConnection connection, string columns, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        var last = records[^1];
        await using var command = new NpgsqlCommand(
            $"WITH appended AS (INSERT INTO audit_log ({columns}) SELECT * FROM unnest(" +
            "@chain, @seq, @at, @org, @client, @person, @subject, @action, @reason, @outcome, @detail, @previous, @hash)) " +
            Audit.AuditStore.MoveHeadSql,
            connection);
        var parameters = command.Parameters;
        parameters.Add(Array("chain", NpgsqlDbType.Text, records, r => r.Chain));
        parameters.Add(Array("seq", NpgsqlDbType.Bigint, records, r => r.Sequence));
        parameters.Add(Array("at", NpgsqlDbType.Bigint, records, r => r.Event.At.ToUnixTimeMilliseconds()));
        parameters.Add(Array("org", NpgsqlDbType.Text, records, r => r.Event.OrganizationCode));
        parameters.Add(Array("client", NpgsqlDbType.Text, records, r => r.Event.ClientId));
        parameters.Add(Array("person", NpgsqlDbType.Bigint, records, r => r.Event.SubjectPersonId));
        parameters.Add(Array("subject", NpgsqlDbType.Text, records, r => r.Event.Subject));
        parameters.Add(Array("action", NpgsqlDbType.Text, records, r => r.Event.Action));
        parameters.Add(Array("reason", NpgsqlDbType.Text, records, r => r.Event.Reason.ToString()));
        parameters.Add(Array("outcome", NpgsqlDbType.Text, records, r => r.Event.Outcome.ToString()));
        parameters.Add(Array("detail", NpgsqlDbType.Text, records, r => r.Event.Detail));
        parameters.Add(Array("previous", NpgsqlDbType.Bytea, records, r => r.PreviousHash));
        parameters.Add(Array("hash", NpgsqlDbType.Bytea, records, r => r.Hash));
        parameters.Add(new NpgsqlParameter<string>("head_chain", last.Chain));
        parameters.Add(new NpgsqlParameter<long>("head_seq", last.Sequence));
        parameters.Add(new NpgsqlParameter<byte[]>("head_hash", last.Hash));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlParameter<T[]> Array<T>(string name, NpgsqlDbType elementType, IReadOnlyList<AuditRecord> records, Func<AuditRecord, T> value) =>
        new(name, NpgsqlDbType.Array | elementType) { TypedValue = [.. records.Select(value)] };
}
