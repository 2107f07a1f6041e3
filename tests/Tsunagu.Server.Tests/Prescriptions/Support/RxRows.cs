using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Storage;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

/// <summary>What the store holds for a person: to show that a refused request stored nothing.</summary>
public static class RxRows
{
    public static async Task<(long Prescriptions, long Dispensings, long History)> CountAsync(TsunaguServerFixture server, long personId) =>
        (await CountAsync(server, "prescriptions", personId), await CountAsync(server, "dispensings", personId), await CountAsync(server, "medication_history", personId));

    public static async Task AssertNothingStoredAsync(TsunaguServerFixture server, long personId) =>
        Assert.Equal((0L, 0L, 0L), await CountAsync(server, personId));

    private static async Task<long> CountAsync(TsunaguServerFixture server, string table, long personId)
    {
        await using var connection = await server.Service<Database>().OpenAsync();
        await using var command = connection.Command($"SELECT count(*) FROM {table} WHERE person_id = @person").With("person", personId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
