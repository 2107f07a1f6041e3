using System.Data.Common;
using Tsunagu.Domain.People;
using Tsunagu.Storage.People;

namespace Tsunagu.Storage.Sqlite;

/// <summary>SQLite's fast path: one prepared statement per operation, rebound for each row, all in the caller's transaction.</summary>
internal sealed class SqliteCoverageBulk : ICoverageBulk
{
    public async Task<CoverageMatch?[]> LookupAsync(WriteTransaction write, IReadOnlyList<CoverageKey> keys, CancellationToken cancellationToken)
    {
        var matches = new CoverageMatch?[keys.Count];
        await using var command = write.Command(
                "SELECT id, person_id FROM coverages WHERE insurer_number = @insurer AND number = @number AND symbol = @symbol AND branch = @branch")
            .With("insurer", null).With("number", null).With("symbol", null).With("branch", null);
        await command.PrepareAsync(cancellationToken);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            command.Set("insurer", key.InsurerNumber);
            command.Set("number", key.Number);
            command.Set("symbol", key.Symbol);
            command.Set("branch", key.Branch);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                matches[i] = new CoverageMatch(reader.GetInt64(0), reader.GetInt64(1));
            }
        }

        return matches;
    }

    public Task InsertAsync(WriteTransaction write, IReadOnlyList<CoverageRow> rows, DateTimeOffset at, IProgress<int>? written, CancellationToken cancellationToken) =>
        WriteAsync(write, rows, at, written, $"INSERT INTO coverages ({CoverageColumns.Write}) VALUES (@id, @person, @insurer, @symbol, @number, @branch, @birthdate, @name, @kana, @sex, @qualified, @disqualified, @record, @at)", cancellationToken);

    public Task UpdateAsync(WriteTransaction write, IReadOnlyList<CoverageRow> rows, DateTimeOffset at, IProgress<int>? written, CancellationToken cancellationToken) =>
        WriteAsync(write, rows, at, written, "UPDATE coverages SET person_id = @person, insurer_number = @insurer, symbol = @symbol, number = @number, branch = @branch, " +
            "birthdate = @birthdate, name = @name, name_kana = @kana, sex = @sex, qualification_date = @qualified, disqualification_date = @disqualified, " +
            "record = @record, updated_at = @at WHERE id = @id", cancellationToken);

    private static async Task WriteAsync(WriteTransaction write, IReadOnlyList<CoverageRow> rows, DateTimeOffset at, IProgress<int>? written, string sql, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = write.Command(sql);
        foreach (var name in new[] { "id", "person", "insurer", "symbol", "number", "branch", "birthdate", "name", "kana", "sex", "qualified", "disqualified", "record" })
        {
            command.With(name, null);
        }

        command.With("at", at);
        await command.PrepareAsync(cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            Bind(command, rows[i]);
            await command.ExecuteNonQueryAsync(cancellationToken);
            BulkProgress.Tick(written, i + 1, rows.Count);
        }
    }

    private static void Bind(DbCommand command, CoverageRow row)
    {
        var c = row.Coverage;
        command.Set("id", row.Id);
        command.Set("person", row.PersonId);
        command.Set("insurer", c.Key.InsurerNumber);
        command.Set("symbol", c.Key.Symbol);
        command.Set("number", c.Key.Number);
        command.Set("branch", c.Key.Branch);
        command.Set("birthdate", c.Birthdate);
        command.Set("name", c.Name);
        command.Set("kana", c.NameKana);
        command.Set("sex", (int)c.Sex);
        command.Set("qualified", c.QualificationDate);
        command.Set("disqualified", c.DisqualificationDate);
        command.Set("record", row.Json);
    }
}
