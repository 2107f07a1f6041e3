using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Tsunagu.Domain.Audit;

namespace Tsunagu.Storage.Audit;

/// <summary>The hash-chained audit trail: records appended in batches, with each chain's head kept beside them.</summary>
public sealed class AuditStore(Database database)
{
    /// <summary>Moves a chain's head to its last record (parameters head_chain, head_seq, head_hash); both engines' appends end with it.</summary>
    internal const string MoveHeadSql =
        "INSERT INTO audit_heads (chain, seq, hash) VALUES (@head_chain, @head_seq, @head_hash) ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash";

    private const string Columns = "chain, seq, at, organization_code, client_id, subject_person_id, subject, action, reason, outcome, detail, previous_hash, hash";

    private const string HeadSql = "SELECT chain, seq, hash FROM audit_heads WHERE chain = @chain";

    private const string InsertSql =
        $"INSERT INTO audit_log ({Columns}) VALUES (@chain, @seq, @at, @org, @client, @person, @subject, @action, @reason, @outcome, @detail, @previous, @hash)";

    /// <summary>Appends records of one chain, in sequence order, and moves the chain's head to the last of them.</summary>
    public static async Task AppendAsync(WriteTransaction write, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken = default)
    {
        if (records.Count == 0)
        {
            return;
        }

        if (write.Connection is Npgsql.NpgsqlConnection postgres)
        {
            await Postgres.PostgresAuditInsert.WriteAsync(postgres, Columns, records, cancellationToken);
            return;
        }

        await InsertEachAsync(write, records, cancellationToken);
        var last = records[^1];
        await write.Kept(MoveHeadSql)
            .With("head_chain", last.Chain).With("head_seq", last.Sequence).With("head_hash", last.Hash)
            .ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// On PostgreSQL, appends records linked after <paramref name="after"/> in one round trip with no transaction around
    /// it, when that is still the chain's head; false when another writer moved the head (nothing stored) and always on
    /// SQLite, whose appends cost no round trips.
    /// </summary>
    internal static async Task<bool> TryAppendAfterAsync(
        Database database, AuditChainHead after, IReadOnlyList<AuditRecord> records, WriteDurability durability, CancellationToken cancellationToken)
    {
        if (database is not Postgres.PostgresDatabase postgres)
        {
            return false;
        }

        await using var connection = await postgres.OpenAsync(durability, cancellationToken);
        return await Postgres.PostgresAuditInsert.TryAppendAfterAsync(connection, Columns, after, records, cancellationToken);
    }

    /// <summary>
    /// The same inside <paramref name="write"/>: on success the head stays locked by it until it ends, as a head read for
    /// update would; false (nothing stored, nothing locked) when the head moved, and always on SQLite.
    /// </summary>
    internal static Task<bool> TryAppendAfterAsync(WriteTransaction write, AuditChainHead after, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken) =>
        write.Connection is Npgsql.NpgsqlConnection postgres
            ? Postgres.PostgresAuditInsert.TryAppendAfterAsync(postgres, Columns, after, records, cancellationToken)
            : Task.FromResult(false);

    /// <summary>SQLite's path: one prepared statement rebound per record (there is no round trip to save).</summary>
    private static async Task InsertEachAsync(WriteTransaction write, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        var insert = write.Kept(InsertSql);
        foreach (var name in new[] { "chain", "seq", "at", "org", "client", "person", "subject", "action", "reason", "outcome", "detail", "previous", "hash" })
        {
            insert.With(name, null);
        }

        foreach (var record in records)
        {
            Bind(insert, record);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Reads a chain's head inside a write, locking it on PostgreSQL so that writers sharing a chain take turns
    /// (SQLite has one writer at a time already): one round trip once the chain exists. A new chain's head is created
    /// first, at sequence 0: a lock needs a row, and without one two first writers would both number from 1 and the
    /// second would fail on the duplicate.
    /// </summary>
    public static async Task<AuditChainHead> HeadForUpdateAsync(WriteTransaction write, DatabaseEngine engine, string chain, CancellationToken cancellationToken = default)
    {
        if (await ReadHeadAsync(write, engine, chain, cancellationToken) is { } head)
        {
            return head;
        }

        await using (var create = write.Command("INSERT INTO audit_heads (chain, seq, hash) VALUES (@chain, 0, @genesis) ON CONFLICT (chain) DO NOTHING")
            .With("chain", chain).With("genesis", AuditChain.Genesis))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return (await ReadHeadAsync(write, engine, chain, cancellationToken))!;
    }

    private static async Task<AuditChainHead?> ReadHeadAsync(WriteTransaction write, DatabaseEngine engine, string chain, CancellationToken cancellationToken)
    {
        var sql = engine == DatabaseEngine.PostgreSql ? HeadSql + " FOR UPDATE" : HeadSql;
        await using var reader = await write.Kept(sql).With("chain", chain)
            .ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new AuditChainHead(reader.GetString(0), reader.GetInt64(1), (byte[])reader.GetValue(2)) : null;
    }

    public async Task<IReadOnlyList<AuditChainHead>> HeadsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT chain, seq, hash FROM audit_heads ORDER BY chain");
        var heads = new List<AuditChainHead>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            heads.Add(new AuditChainHead(reader.GetString(0), reader.GetInt64(1), (byte[])reader.GetValue(2)));
        }

        return heads;
    }

    /// <summary>The names of every chain that has records.</summary>
    public async Task<IReadOnlyList<string>> ChainsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT DISTINCT chain FROM audit_log ORDER BY chain");
        var chains = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            chains.Add(reader.GetString(0));
        }

        return chains;
    }

    /// <summary>Streams one chain's records in sequence order.</summary>
    public async IAsyncEnumerable<AuditRecord> ReadChainAsync(string chain, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM audit_log WHERE chain = @chain ORDER BY seq").With("chain", chain);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return Read(reader);
        }
    }

    /// <summary>Records matching <paramref name="query"/>, newest first.</summary>
    public async Task<IReadOnlyList<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("1 = 1");
        Filter(command, where, "organization_code", "org", query.OrganizationCode);
        Filter(command, where, "subject_person_id", "person", query.SubjectPersonId);
        Filter(command, where, "action", "action", query.Action);
        Filter(command, where, "at", "from", query.From, ">=");
        Filter(command, where, "at", "to", query.To, "<");
        command.CommandText = $"SELECT {Columns} FROM audit_log WHERE {where} ORDER BY at DESC, seq DESC LIMIT @limit";
        command.With("limit", query.Limit);
        var records = new List<AuditRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(Read(reader));
        }

        return records;
    }

    private static void Filter(DbCommand command, StringBuilder where, string column, string parameter, object? value, string op = "=")
    {
        if (value is not null)
        {
            where.Append($" AND {column} {op} @{parameter}");
            command.With(parameter, value);
        }
    }

    private static void Bind(DbCommand command, AuditRecord record)
    {
        var e = record.Event;
        command.Set("chain", record.Chain);
        command.Set("seq", record.Sequence);
        command.Set("at", e.At.ToUnixTimeMilliseconds());
        command.Set("org", e.OrganizationCode);
        command.Set("client", e.ClientId);
        command.Set("person", e.SubjectPersonId);
        command.Set("subject", e.Subject);
        command.Set("action", e.Action);
        command.Set("reason", e.Reason.ToString());
        command.Set("outcome", e.Outcome.ToString());
        command.Set("detail", e.Detail);
        command.Set("previous", record.PreviousHash);
        command.Set("hash", record.Hash);
    }

    private static AuditRecord Read(DbDataReader reader)
    {
        var auditEvent = new AuditEvent(
            reader.Instant(2),
            reader.GetString(3),
            reader.GetString(4),
            reader.NullableInt64(5),
            reader.NullableString(6),
            reader.GetString(7),
            Enum.Parse<AuditReason>(reader.GetString(8)),
            Enum.Parse<AuditOutcome>(reader.GetString(9)),
            reader.NullableString(10));
        return new AuditRecord(reader.GetString(0), reader.GetInt64(1), auditEvent, (byte[])reader.GetValue(11), (byte[])reader.GetValue(12));
    }
}
