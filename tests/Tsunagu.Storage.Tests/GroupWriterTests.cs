using Tsunagu.Domain.Audit;
using Tsunagu.Storage.Audit;
using Tsunagu.Testing;
using static Tsunagu.Testing.AuditEvents;

namespace Tsunagu.Storage.Tests;

/// <summary>Units committed together by the group writer keep or lose their changes each on their own.</summary>
public abstract class GroupWriterTests(TestEngine engine) : DatabaseTests(engine)
{
    private const string Insert = "INSERT INTO id_blocks (name, next_id) VALUES (@name, 1)";

    [Fact]
    public async Task In_one_batch_a_failing_or_refusing_unit_loses_only_its_own_changes_and_every_unit_is_audited_but_the_failing_one()
    {
        await using var writer = new GroupWriter(Test.Database, new AuditAppender(Test.Database, "writer"));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = KeepFirstOnceOpen(writer, gate.Task);
        var kept = writer.WriteAsync(write => KeptAsync(write, "kept", 2));
        var failing = writer.WriteAsync<string>(async write =>
        {
            await write.Kept(Insert).With("name", "failing").ExecuteNonQueryAsync();
            throw new InvalidOperationException("unit failed after its insert");
        });
        var refused = writer.WriteAsync(async write =>
        {
            await write.Kept(Insert).With("name", "refused").ExecuteNonQueryAsync();
            return GroupWrite<string>.Discarded("refused", Numbered(3));
        });
        var last = writer.WriteAsync(write => KeptAsync(write, "last", 4));
        gate.SetResult();

        Assert.Equal(["first", "kept", "refused", "last"], await Task.WhenAll(first, kept, refused, last));
        Assert.Equal("unit failed after its insert", (await Assert.ThrowsAsync<InvalidOperationException>(() => failing)).Message);
        Assert.Equal(["first", "kept", "last"], await NamesAsync());
        var audited = new List<AuditEvent>();
        await foreach (var record in new AuditStore(Test.Database).ReadChainAsync("writer"))
        {
            audited.Add(record.Event);
        }

        Assert.Equal([Numbered(1), Numbered(2), Numbered(3), Numbered(4)], audited);
    }

    [Fact]
    public async Task A_unit_that_refuses_or_fails_before_running_any_command_leaves_the_units_around_it_alone()
    {
        await using var writer = new GroupWriter(Test.Database, new AuditAppender(Test.Database, "writer"));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = KeepFirstOnceOpen(writer, gate.Task);
        var refused = writer.WriteAsync(_ => Task.FromResult(GroupWrite<string>.Discarded("refused", Numbered(2))));
        var failing = writer.WriteAsync<string>(_ => throw new InvalidOperationException("unit failed before any command"));
        var refusedAgain = writer.WriteAsync(_ => Task.FromResult(GroupWrite<string>.Discarded("refused again", Numbered(3))));
        var last = writer.WriteAsync(write => KeptAsync(write, "last", 4));
        gate.SetResult();

        Assert.Equal(["first", "refused", "refused again", "last"], await Task.WhenAll(first, refused, refusedAgain, last));
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal(["first", "last"], await NamesAsync());
    }

    /// <summary>Queues a unit keeping "first" that waits for <paramref name="gate"/>, so that the units queued meanwhile share a batch after it.</summary>
    private static Task<string> KeepFirstOnceOpen(GroupWriter writer, Task gate) => writer.WriteAsync(async write =>
    {
        await gate;
        return await KeptAsync(write, "first", 1);
    });

    private static async Task<GroupWrite<string>> KeptAsync(WriteTransaction write, string name, int audit)
    {
        await write.Kept(Insert).With("name", name).ExecuteNonQueryAsync();
        return GroupWrite<string>.Kept(name, Numbered(audit));
    }

    private async Task<List<string>> NamesAsync()
    {
        await using var connection = await Test.Database.OpenAsync();
        await using var command = connection.Command("SELECT name FROM id_blocks ORDER BY name");
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}

public sealed class GroupWriterOnSqlite() : GroupWriterTests(TestEngine.Sqlite);

public sealed class GroupWriterOnPostgres() : GroupWriterTests(TestEngine.PostgreSql);
