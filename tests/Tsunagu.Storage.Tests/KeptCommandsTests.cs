using Tsunagu.Testing;

namespace Tsunagu.Storage.Tests;

/// <summary>Statements run again through a write's kept commands or a read session's commands run with their new values.</summary>
public abstract class KeptCommandsTests(TestEngine engine) : DatabaseTests(engine)
{
    private const string Insert = "INSERT INTO id_blocks (name, next_id) VALUES (@name, @next)";
    private const string Select = "SELECT next_id FROM id_blocks WHERE name = @name";

    /// <summary>Five runs: past the point where PostgreSQL's driver prepares a statement it has seen (two uses).</summary>
    [Fact]
    public async Task A_statement_run_again_and_again_in_one_write_stores_each_runs_own_values()
    {
        await using (var write = await Test.Database.BeginWriteAsync())
        {
            for (var i = 1; i <= 5; i++)
            {
                await write.Kept(Insert).With("name", $"row {i}").With("next", i).ExecuteNonQueryAsync();
            }

            await write.CommitAsync();
        }

        Assert.Equal(Enumerable.Range(1, 5).Select(i => ($"row {i}", (long)i)), await RowsAsync());
    }

    [Fact]
    public async Task A_statement_run_again_by_a_later_write_stores_that_writes_values()
    {
        await InsertAsync("first", 1, commit: true);
        await InsertAsync("rolled back", 2, commit: false);
        await InsertAsync("second", 3, commit: true);

        Assert.Equal([("first", 1L), ("second", 3L)], await RowsAsync());
    }

    [Fact]
    public async Task A_query_run_again_and_again_in_one_read_session_reads_with_each_runs_own_values()
    {
        await InsertAsync("first", 1, commit: true);
        await InsertAsync("second", 2, commit: true);

        var found = new List<long>();
        await using (var session = await Test.Database.ReadAsync())
        {
            foreach (var name in new[] { "first", "second", "first", "second", "first" })
            {
                found.Add(Convert.ToInt64(await session.Command(Select).With("name", name).ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal([1L, 2, 1, 2, 1], found);
    }

    private async Task InsertAsync(string name, long next, bool commit)
    {
        await using var write = await Test.Database.BeginWriteAsync();
        await write.Kept(Insert).With("name", name).With("next", next).ExecuteNonQueryAsync();
        if (commit)
        {
            await write.CommitAsync();
        }
    }

    private async Task<List<(string Name, long Next)>> RowsAsync()
    {
        await using var connection = await Test.Database.OpenAsync();
        await using var command = connection.Command("SELECT name, next_id FROM id_blocks ORDER BY name");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return rows;
    }
}

public sealed class KeptCommandsOnSqlite() : KeptCommandsTests(TestEngine.Sqlite);

public sealed class KeptCommandsOnPostgres() : KeptCommandsTests(TestEngine.PostgreSql);
