using Npgsql;
using NpgsqlTypes;
using Tsunagu.Domain.People;
using Tsunagu.Storage.People;

namespace Tsunagu.Storage.Postgres;

/// <summary>PostgreSQL's fast path: lookups and updates join against parameter arrays (one round trip), inserts use binary COPY.</summary>
internal sealed class PostgresCoverageBulk : ICoverageBulk
{
    public async Task<CoverageMatch?[]> LookupAsync(WriteTransaction write, IReadOnlyList<CoverageKey> keys, CancellationToken cancellationToken)
    {
        var matches = new CoverageMatch?[keys.Count];
        await using var command = (NpgsqlCommand)write.Command(
            "SELECT k.idx, c.id, c.person_id FROM unnest(@insurer, @number, @symbol, @branch) WITH ORDINALITY AS k(insurer, number, symbol, branch, idx) " +
            "JOIN coverages c ON c.insurer_number = k.insurer AND c.number = k.number AND c.symbol = k.symbol AND c.branch = k.branch");
        command.Parameters.Add(new NpgsqlParameter<string[]>("insurer", keys.Select(k => k.InsurerNumber).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("number", keys.Select(k => k.Number).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("symbol", keys.Select(k => k.Symbol).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("branch", keys.Select(k => k.Branch).ToArray()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            matches[reader.GetInt64(0) - 1] = new CoverageMatch(reader.GetInt64(1), reader.GetInt64(2));
        }

        return matches;
    }

    public async Task InsertAsync(WriteTransaction write, IReadOnlyList<CoverageRow> rows, DateTimeOffset at, IProgress<int>? written, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var connection = (NpgsqlConnection)write.Connection;
        var updatedAt = at.ToUnixTimeMilliseconds();
        await using var importer = await connection.BeginBinaryImportAsync($"COPY coverages ({CoverageColumns.Write}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var c = row.Coverage;
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(row.Id, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(row.PersonId, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(c.Key.InsurerNumber, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(c.Key.Symbol, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(c.Key.Number, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(c.Key.Branch, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(c.Birthdate, NpgsqlDbType.Date, cancellationToken);
            await importer.WriteAsync(c.Name, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(c.NameKana, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync((int)c.Sex, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(c.QualificationDate, NpgsqlDbType.Date, cancellationToken);
            if (c.DisqualificationDate is { } disqualified)
            {
                await importer.WriteAsync(disqualified, NpgsqlDbType.Date, cancellationToken);
            }
            else
            {
                await importer.WriteNullAsync(cancellationToken);
            }

            await importer.WriteAsync(row.Json, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(updatedAt, NpgsqlDbType.Bigint, cancellationToken);
            BulkProgress.Tick(written, i + 1, rows.Count);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    public async Task UpdateAsync(WriteTransaction write, IReadOnlyList<CoverageRow> rows, DateTimeOffset at, IProgress<int>? written, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = (NpgsqlCommand)write.Command(
            "UPDATE coverages c SET person_id = u.person, birthdate = u.birthdate, name = u.name, name_kana = u.kana, sex = u.sex, " +
            "qualification_date = u.qualified, disqualification_date = u.disqualified, record = u.record, updated_at = @at " +
            "FROM unnest(@id, @person, @birthdate, @name, @kana, @sex, @qualified, @disqualified, @record) " +
            "AS u(id, person, birthdate, name, kana, sex, qualified, disqualified, record) WHERE c.id = u.id");
        command.Parameters.Add(new NpgsqlParameter<long[]>("id", rows.Select(r => r.Id).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long[]>("person", rows.Select(r => r.PersonId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]>("birthdate", rows.Select(r => r.Coverage.Birthdate).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("name", rows.Select(r => r.Coverage.Name).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("kana", rows.Select(r => r.Coverage.NameKana).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<int[]>("sex", rows.Select(r => (int)r.Coverage.Sex).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]>("qualified", rows.Select(r => r.Coverage.QualificationDate).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateOnly?[]>("disqualified", rows.Select(r => r.Coverage.DisqualificationDate).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("record", rows.Select(r => r.Json).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long>("at", at.ToUnixTimeMilliseconds()));
        await command.ExecuteNonQueryAsync(cancellationToken);
        written?.Report(rows.Count);
    }
}
