using Npgsql;
using NpgsqlTypes;

namespace Tsunagu.Storage.Postgres;

/// <summary>Writing one field of a binary COPY row, null or not.</summary>
internal static class PostgresCopy
{
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
