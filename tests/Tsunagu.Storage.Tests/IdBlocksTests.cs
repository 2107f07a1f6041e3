using Tsunagu.Testing;

namespace Tsunagu.Storage.Tests;

public abstract class IdBlocksTests(TestEngine engine) : DatabaseTests(engine)
{
    private const int BlockSize = 1_000;

    [Fact]
    public async Task Blocks_reserved_by_two_writes_one_after_the_other_follow_each_other()
    {
        var first = await ReserveAsync("coverage");
        var second = await ReserveAsync("coverage");

        Assert.Equal(1, first);
        Assert.Equal(first + BlockSize, second);
    }

    [Fact]
    public async Task Blocks_reserved_by_concurrent_writes_never_overlap()
    {
        var starts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => ReserveAsync("coverage"))));

        Assert.Equal(Enumerable.Range(0, starts.Length).Select(i => 1L + (i * BlockSize)), starts.Order());
    }

    [Fact]
    public async Task A_block_reserved_in_a_write_that_is_not_committed_is_handed_out_again()
    {
        await using (var write = await Test.Database.BeginWriteAsync())
        {
            await IdBlocks.ReserveAsync(write, "coverage", BlockSize);
        }

        Assert.Equal(1, await ReserveAsync("coverage"));
    }

    [Fact]
    public async Task Each_counter_counts_on_its_own()
    {
        await ReserveAsync("coverage");

        Assert.Equal(1, await ReserveAsync("prescription"));
    }

    private async Task<long> ReserveAsync(string name)
    {
        await using var write = await Test.Database.BeginWriteAsync();
        var first = await IdBlocks.ReserveAsync(write, name, BlockSize);
        await write.CommitAsync();
        return first;
    }
}

public sealed class IdBlocksOnSqlite() : IdBlocksTests(TestEngine.Sqlite);

public sealed class IdBlocksOnPostgres() : IdBlocksTests(TestEngine.PostgreSql);
