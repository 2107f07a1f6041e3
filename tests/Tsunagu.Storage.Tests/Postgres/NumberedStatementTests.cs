using Npgsql;
using Tsunagu.Testing;

namespace Tsunagu.Storage.Tests.Postgres;

/// <summary>A statement run often on PostgreSQL goes with numbered placeholders; its values must land where they did by name.</summary>
public sealed class NumberedStatementTests() : DatabaseTests(TestEngine.PostgreSql)
{
    private const string Insert = "INSERT INTO id_blocks (name, next_id) VALUES (@name, @next + @next)";

    [Fact]
    public async Task Parameters_bound_in_any_order_are_numbered_in_placeholder_order_and_unused_ones_left_out()
    {
        await using var write = await Test.Database.BeginWriteAsync();
        var command = write.Kept(Insert).With("next", 21L).With("unused", "x").With("name", "numbered").Numbered();

        await command.ExecuteNonQueryAsync();
        await write.CommitAsync();

        Assert.Equal("INSERT INTO id_blocks (name, next_id) VALUES ($1, $2 + $2)", command.CommandText);
        Assert.Equal([("", "numbered"), ("", (object)21L)], command.Parameters.Cast<NpgsqlParameter>().Select(p => (p.ParameterName, p.Value!)));
        Assert.Equal(["numbered|42"], await Test.RowsAsync("SELECT name || '|' || next_id FROM id_blocks"));
    }

    [Fact]
    public async Task A_placeholder_without_a_value_is_refused_before_anything_is_sent()
    {
        await using var write = await Test.Database.BeginWriteAsync();

        var refused = Assert.Throws<InvalidOperationException>(() => write.Kept(Insert).With("name", "half").Numbered());

        Assert.Contains("$2", refused.Message, StringComparison.Ordinal);
    }
}
