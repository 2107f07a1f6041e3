using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Tsunagu.Storage.People;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Storage.Sqlite;

/// <summary>
/// SQLite's fast path for medication-history rows: one prepared INSERT with numbered parameters, bound by position for
/// each row straight through SQLite's own API on the writer connection (so in the caller's transaction) — values go in
/// as SQLite stores them through Microsoft.Data.Sqlite (dates as <c>yyyy-MM-dd</c> text, booleans as 0/1), without the
/// per-row parameter objects, name lookups and readers of <see cref="SqliteCommand"/>, which cost twice the insert itself.
/// </summary>
internal sealed class SqliteMedicationHistoryBulk : IMedicationHistoryBulk
{
    private static readonly string Insert =
        $"INSERT INTO medication_history ({MedicationHistoryColumns.List}) VALUES ({string.Join(", ", MedicationHistoryColumns.Parameters.Select((_, i) => $"?{i + 1}"))})";

    public Task InsertAsync(WriteTransaction write, IReadOnlyList<MedicationHistoryRow> rows, IProgress<int>? written, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        var handle = ((SqliteConnection)write.Connection).Handle!;
        Check(handle, raw.sqlite3_prepare_v2(handle, Insert, out var statement), raw.SQLITE_OK);
        using (statement)
        {
            var text = new byte[1024];
            for (var i = 0; i < rows.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var values = MedicationHistoryColumns.Values(rows[i].PersonId, rows[i].Record);
                for (var p = 0; p < values.Length; p++)
                {
                    Bind(statement, p + 1, values[p], ref text);
                }

                Check(handle, raw.sqlite3_step(statement), raw.SQLITE_DONE);
                raw.sqlite3_reset(statement);
                BulkProgress.Tick(written, i + 1, rows.Count);
            }
        }

        return Task.CompletedTask;
    }

    private static void Bind(sqlite3_stmt statement, int position, object? value, ref byte[] text)
    {
        switch (value)
        {
            case null:
                raw.sqlite3_bind_null(statement, position);
                break;
            case long number:
                raw.sqlite3_bind_int64(statement, position, number);
                break;
            case int number:
                raw.sqlite3_bind_int(statement, position, number);
                break;
            case bool flag:
                raw.sqlite3_bind_int(statement, position, flag ? 1 : 0);
                break;
            case DateOnly date:
                date.TryFormat(text, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                raw.sqlite3_bind_text(statement, position, text.AsSpan(0, length));
                break;
            default:
                var utf8 = (string)value;
                if (Encoding.UTF8.GetMaxByteCount(utf8.Length) > text.Length)
                {
                    text = new byte[Encoding.UTF8.GetMaxByteCount(utf8.Length)];
                }

                raw.sqlite3_bind_text(statement, position, text.AsSpan(0, Encoding.UTF8.GetBytes(utf8, text)));
                break;
        }
    }

    private static void Check(sqlite3 handle, int result, int expected)
    {
        if (result != expected)
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), result);
        }
    }
}
