using Tsunagu.Storage;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>
/// Alters one stored audit record directly in the database, as someone with database access could, and puts it back
/// when disposed, so that the other tests sharing the server still find the trail intact.
/// </summary>
public sealed class AuditTampering : IAsyncDisposable
{
    private readonly Func<Task> restore;

    private AuditTampering(Func<Task> restore) => this.restore = restore;

    /// <summary>Overwrites one column of the record; <paramref name="column"/> is an audit_log column name.</summary>
    public static async Task<AuditTampering> ChangeAsync(Database database, string chain, long sequence, string column, object value)
    {
        var original = (await ReadAsync(database, chain, sequence))[column];
        var update = $"UPDATE audit_log SET {column} = @{column} WHERE chain = @chain AND seq = @seq";
        await ExecuteAsync(database, update, ("chain", chain), ("seq", sequence), (column, value));
        return new AuditTampering(() => ExecuteAsync(database, update, ("chain", chain), ("seq", sequence), (column, original)));
    }

    /// <summary>Deletes the record.</summary>
    public static async Task<AuditTampering> DeleteAsync(Database database, string chain, long sequence)
    {
        var row = await ReadAsync(database, chain, sequence);
        await ExecuteAsync(database, "DELETE FROM audit_log WHERE chain = @chain AND seq = @seq", ("chain", chain), ("seq", sequence));
        var insert = $"INSERT INTO audit_log ({string.Join(", ", row.Keys)}) VALUES ({string.Join(", ", row.Keys.Select(c => "@" + c))})";
        return new AuditTampering(() => ExecuteAsync(database, insert, [.. row.Select(c => (c.Key, c.Value))]));
    }

    public async ValueTask DisposeAsync() => await restore();

    private static async Task<Dictionary<string, object>> ReadAsync(Database database, string chain, long sequence)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.Command("SELECT * FROM audit_log WHERE chain = @chain AND seq = @seq").With("chain", chain).With("seq", sequence);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No audit record {chain}/{sequence}.");
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetValue);
    }

    private static async Task ExecuteAsync(Database database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.With(name, value);
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
