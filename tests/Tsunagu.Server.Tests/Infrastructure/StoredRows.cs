using System.Globalization;
using Tsunagu.Storage;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>Counts stored rows directly, for the checks that a refused request left nothing behind.</summary>
public static class StoredRows
{
    /// <summary>How many rows of <paramref name="table"/> have <paramref name="value"/> in <paramref name="column"/>.</summary>
    public static async Task<long> CountAsync(this TsunaguServerFixture server, string table, string column, string value)
    {
        await using var connection = await server.Service<Database>().OpenAsync();
        await using var command = connection.Command($"SELECT count(*) FROM {table} WHERE {column} = @value").With("value", value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
