using System.Data.Common;
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

    [Fact]
    public async Task Units_with_openings_in_one_batch_each_run_their_opening_once_and_a_refusing_one_leaves_nothing()
    {
        await using var writer = new GroupWriter(Test.Database, new AuditAppender(Test.Database, "writer"));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = KeepFirstOnceOpen(writer, gate.Task);
        (UnitOpening Opening, Task<string> Written)[] opened =
            [WithOpening(writer, "a", 2), WithOpening(writer, "refused", 3, keep: false), WithOpening(writer, "c", 4)];
        gate.SetResult();

        Assert.Equal(["first", "a", "refused", "c"], await Task.WhenAll([first, .. opened.Select(o => o.Written)]));
        Assert.Equal(["a", "c", "first"], await NamesAsync());
        Assert.All(opened, o => Assert.Equal(OpeningsRunTogether ? [1] : null, o.Opening.RecordsAffected));
    }

    [Fact]
    public async Task A_unit_whose_opening_fails_fails_alone_and_the_units_before_and_after_it_are_stored()
    {
        await using var writer = new GroupWriter(Test.Database, new AuditAppender(Test.Database, "writer"));
        await writer.WriteAsync(write => KeptAsync(write, "taken", 1));
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = KeepFirstOnceOpen(writer, gate.Task);
        var before = WithOpening(writer, "a", 2);
        var failing = WithOpening(writer, "taken", 3);
        var after = WithOpening(writer, "c", 4);
        gate.SetResult();

        Assert.Equal(["first", "a", "c"], await Task.WhenAll(first, before.Written, after.Written));
        await Assert.ThrowsAnyAsync<DbException>(() => failing.Written);
        Assert.Equal(["a", "c", "first", "taken"], await NamesAsync());
        Assert.Equal(OpeningsRunTogether ? [1] : null, before.Opening.RecordsAffected);
        Assert.Null(after.Opening.RecordsAffected);
    }

    /// <summary>Whether the writer sends openings together: on PostgreSQL, whose every command is a round trip.</summary>
    private bool OpeningsRunTogether => Test.Database.Engine == DatabaseEngine.PostgreSql;

    /// <summary>Queues a unit that inserts <paramref name="name"/> by its opening, or itself when the opening did not run.</summary>
    private static (UnitOpening Opening, Task<string> Written) WithOpening(GroupWriter writer, string name, int audit, bool keep = true)
    {
        var opening = new UnitOpening(write => [write.Command(Insert).With("name", name)], write => write.Command("DELETE FROM id_blocks WHERE name = @name").With("name", name).ExecuteNonQueryAsync());
        var written = writer.WriteAsync(opening, async write =>
        {
            if (opening.RecordsAffected is null)
            {
                await write.Kept(Insert).With("name", name).ExecuteNonQueryAsync();
            }

            return new GroupWrite<string>(name, keep, [Numbered(audit)]);
        });
        return (opening, written);
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
