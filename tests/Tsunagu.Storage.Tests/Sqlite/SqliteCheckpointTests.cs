using Tsunagu.Testing;

namespace Tsunagu.Storage.Tests.Sqlite;

/// <summary>The writer copies the WAL back into the database file in small steps (wal_autocheckpoint, ADR 0002).</summary>
public sealed class SqliteCheckpointTests() : DatabaseTests(TestEngine.Sqlite)
{
    [Fact]
    public async Task The_WAL_is_copied_back_before_it_holds_much_more_than_300_pages()
    {
        for (var i = 0; i < 60; i++)
        {
            await using var write = await Test.Database.BeginWriteAsync();
            await using var command = write.Command(
                "INSERT INTO idempotency_keys (client_id, idempotency_key, request_hash, status, body, created_at) " +
                "VALUES ('client', @key, x'00', 201, zeroblob(40000), 0)").With("key", $"key-{i}");
            await command.ExecuteNonQueryAsync();
            await write.CommitAsync();
        }

        var walPages = long.Parse((await Test.RowsAsync("PRAGMA wal_checkpoint(PASSIVE)"))[0].Split('|')[1], System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(walPages, 1, 350);
    }
}
