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
    private const string Unnest = "unnest(@chain, @seq, @at, @org, @client, @person, @subject, @action, @reason, @outcome, @detail, @previous, @hash)";

    /// <summary>Inside a write that holds the chain's head (read for update): stores the records and moves the head.</summary>
    public static async Task WriteAsync(NpgsqlConnection connection, string columns, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        await using var command = Command(
            connection, records, $"WITH appended AS (INSERT INTO audit_log ({columns}) SELECT * FROM {Unnest}) {Audit.AuditStore.MoveHeadSql}");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Without a transaction of its own (one round trip, committed on its own): moves the head from <paramref name="after"/>
    /// to the last record and stores the records, or does neither and answers false when the head is no longer
    /// <paramref name="after"/> (another writer appended since). A writer holding the head makes it wait, then see the moved head.
    /// </summary>
    public static async Task<bool> TryAppendAfterAsync(
        NpgsqlConnection connection, string columns, AuditChainHead after, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        await using var command = Command(
            connection, records,
            "WITH moved AS (UPDATE audit_heads SET seq = @head_seq, hash = @head_hash " +
            "WHERE chain = @head_chain AND seq = @after_seq AND hash = @after_hash RETURNING chain) " +
            $"INSERT INTO audit_log ({columns}) SELECT appended.* FROM {Unnest} AS appended, moved");
        command.Parameters.Add(new NpgsqlParameter<long>("after_seq", after.Sequence));
        command.Parameters.Add(new NpgsqlParameter<byte[]>("after_hash", after.Hash));
        return await command.ExecuteNonQueryAsync(cancellationToken) == records.Count;
    }

    /// <summary>The statement with one array parameter per column and the new head (head_chain, head_seq, head_hash).</summary>
    private static NpgsqlCommand Command(NpgsqlConnection connection, IReadOnlyList<AuditRecord> records, string sql)
    {
        var last = records[^1];
        var command = new NpgsqlCommand(sql, connection);
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
        return command;
    }

    private static NpgsqlParameter<T[]> Array<T>(string name, NpgsqlDbType elementType, IReadOnlyList<AuditRecord> records, Func<AuditRecord, T> value) =>
        new(name, NpgsqlDbType.Array | elementType) { TypedValue = [.. records.Select(value)] };
}
