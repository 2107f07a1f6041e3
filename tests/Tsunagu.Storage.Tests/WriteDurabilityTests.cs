using Tsunagu.Testing;

namespace Tsunagu.Storage.Tests;

/// <summary>A write asks the engine for the durability it was begun with, whatever the write before it asked for.</summary>
public abstract class WriteDurabilityTests(TestEngine engine) : DatabaseTests(engine)
{
    [Fact]
    public async Task Each_write_waits_for_the_disk_flush_only_when_it_asked_for_it()
    {
        var settings = new List<string>();
        foreach (var durability in new[] { WriteDurability.Flushed, WriteDurability.Committed, WriteDurability.Committed, WriteDurability.Flushed })
        {
            await using var write = await Test.Database.BeginWriteAsync(durability);
            settings.Add(await SettingAsync(write));
        }

        var (flushed, committed) = Test.Database.Engine == DatabaseEngine.PostgreSql ? ("on", "off") : ("2", "1");
        Assert.Equal([flushed, committed, committed, flushed], settings);
    }

    /// <summary>PostgreSQL's synchronous_commit, SQLite's synchronous (2 FULL, 1 NORMAL), as the write sees it.</summary>
    private static async Task<string> SettingAsync(WriteTransaction write)
    {
        await using var command = write.Command(write.Connection is Npgsql.NpgsqlConnection ? "SHOW synchronous_commit" : "PRAGMA synchronous");
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}

public sealed class WriteDurabilityOnSqlite() : WriteDurabilityTests(TestEngine.Sqlite);

public sealed class WriteDurabilityOnPostgres() : WriteDurabilityTests(TestEngine.PostgreSql);
