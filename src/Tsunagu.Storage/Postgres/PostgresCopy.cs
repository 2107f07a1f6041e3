using Npgsql;
using NpgsqlTypes;
using Tsunagu.Storage.People;

namespace Tsunagu.Storage.Postgres;

/// <summary>Binary COPY of rows given as column values, and of one field, null or not.</summary>
internal static class PostgresCopy
{
    /// <summary>
    /// Copies <paramref name="count"/> rows in the caller's transaction: row i's values, in the order of the columns named
    /// in <paramref name="copySql"/>, each written as the type at the same position in <paramref name="types"/>.
    /// </summary>
    public static async Task WriteRowsAsync(
        NpgsqlConnection connection, string copySql, int count, Func<int, object?[]> values, NpgsqlDbType[] types, IProgress<int>? written, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(copySql, cancellationToken);
        for (var i = 0; i < count; i++)
        {
            await importer.StartRowAsync(cancellationToken);
            var row = values(i);
            for (var c = 0; c < row.Length; c++)
            {
                await WriteAsync(importer, row[c], types[c], cancellationToken);
            }

            BulkProgress.Tick(written, i + 1, count);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    public static async Task WriteAsync(NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type, CancellationToken cancellationToken)
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
