using System.Data.Common;
using Tsunagu.Domain.People;
using Tsunagu.Storage.People;

namespace Tsunagu.Storage.Sqlite;

/// <summary>
/// SQLite's fast path: one prepared statement per operation, rebound by position for each row, executed synchronously
/// (Microsoft.Data.Sqlite's async calls complete synchronously anyway), all in the caller's transaction.
/// </summary>
internal sealed class SqliteCoverageBulk : ICoverageBulk
{
    public Task<CoverageMatch?[]> LookupAsync(WriteTransaction write, IReadOnlyList<CoverageKey> keys, CancellationToken cancellationToken)
    {
        var matches = new CoverageMatch?[keys.Count];
        using var command = write.Command(
                "SELECT id, person_id FROM coverages WHERE insurer_number = @insurer AND number = @number AND symbol = @symbol AND branch = @branch")
            .With("insurer", null).With("number", null).With("symbol", null).With("branch", null);
        command.Prepare();
        var parameters = command.Parameters;
        for (var i = 0; i < keys.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = keys[i];
            parameters[0].Value = key.InsurerNumber;
            parameters[1].Value = key.Number;
            parameters[2].Value = key.Symbol;
            parameters[3].Value = key.Branch;
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                matches[i] = new CoverageMatch(reader.GetInt64(0), reader.GetInt64(1));
            }
        }

        return Task.FromResult(matches);
    }

    public Task InsertAsync(WriteTransaction write, IReadOnlyList<CoverageRow> rows, DateTimeOffset at, IProgress<int>? written, CancellationToken cancellationToken) =>
        WriteAsync(write, rows, at, written, $"INSERT INTO coverages ({CoverageColumns.Write}) VALUES (@id, @person, @insurer, @symbol, @number, @branch, @birthdate, @name, @kana, @sex, @qualified, @disqualified, @record, @at)", cancellationToken);

    public Task UpdateAsync(WriteTransaction write, IReadOnlyList<CoverageRow> rows, DateTimeOffset at, IProgress<int>? written, CancellationToken cancellationToken) =>
        WriteAsync(write, rows, at, written, "UPDATE coverages SET person_id = @person, insurer_number = @insurer, symbol = @symbol, number = @number, branch = @branch, " +
            "birthdate = @birthdate, name = @name, name_kana = @kana, sex = @sex, qualification_date = @qualified, disqualification_date = @disqualified, " +
            "record = @record, updated_at = @at WHERE id = @id", cancellationToken);

    private static Task WriteAsync(WriteTransaction write, IReadOnlyList<CoverageRow> rows, DateTimeOffset at, IProgress<int>? written, string sql, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        using var command = write.Command(sql);
        foreach (var name in Parameters)
        {
            command.With(name, null);
        }

        command.With("at", at);
        command.Prepare();
        for (var i = 0; i < rows.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Bind(command.Parameters, rows[i]);
            command.ExecuteNonQuery();
            BulkProgress.Tick(written, i + 1, rows.Count);
        }

        return Task.CompletedTask;
    }

    private static readonly string[] Parameters = ["id", "person", "insurer", "symbol", "number", "branch", "birthdate", "name", "kana", "sex", "qualified", "disqualified", "record"];

    /// <summary>Sets the values in the order of <see cref="Parameters"/>.</summary>
    private static void Bind(DbParameterCollection parameters, CoverageRow row)
    {
        var c = row.Coverage;
        parameters[0].Value = row.Id;
        parameters[1].Value = row.PersonId;
        parameters[2].Value = c.Key.InsurerNumber;
        parameters[3].Value = c.Key.Symbol;
        parameters[4].Value = c.Key.Number;
        parameters[5].Value = c.Key.Branch;
        parameters[6].Value = c.Birthdate;
        parameters[7].Value = c.Name;
        parameters[8].Value = c.NameKana;
        parameters[9].Value = (int)c.Sex;
        parameters[10].Value = c.QualificationDate;
        parameters[11].Value = c.DisqualificationDate is { } disqualified ? disqualified : DBNull.Value;
        parameters[12].Value = row.Json;
    }
}
