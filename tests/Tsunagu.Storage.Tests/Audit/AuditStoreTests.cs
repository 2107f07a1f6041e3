using Tsunagu.Domain.Audit;
using Tsunagu.Storage.Audit;
using Tsunagu.Testing;
using static Tsunagu.Testing.AuditEvents;

namespace Tsunagu.Storage.Tests.Audit;

public abstract class AuditStoreTests(TestEngine engine) : DatabaseTests(engine)
{
    private const string Pharmacy = "1340123452";

    private AuditStore Store => new(Test.Database);

    [Fact]
    public async Task Appended_records_come_back_in_sequence_linked_across_appends_with_the_head_at_the_last()
    {
        var appender = new AuditAppender(Test.Database, "server-a");

        var first = await appender.AppendAsync([Numbered(1), Numbered(2), Numbered(3)]);
        var second = await appender.AppendAsync([Numbered(4), Numbered(5)]);

        Assert.Equal([1L, 2, 3, 4, 5], first.Concat(second).Select(r => r.Sequence));
        Assert.Equal(AuditChain.Genesis, first[0].PreviousHash);
        Assert.Equal(first[^1].Hash, second[0].PreviousHash);
        Assert.Equivalent(first.Concat(second), await ReadChainAsync("server-a"), strict: true);
        var head = Assert.Single(await Store.HeadsAsync());
        Assert.Equal(("server-a", 5L), (head.Chain, head.Sequence));
        Assert.Equal(second[^1].Hash, head.Hash);
    }

    [Fact]
    public async Task Each_chain_numbers_its_records_and_keeps_its_head_on_its_own()
    {
        await new AuditAppender(Test.Database, "server-b").AppendAsync([Numbered(1)]);
        await new AuditAppender(Test.Database, "server-a").AppendAsync([Numbered(2), Numbered(3)]);
        await new AuditAppender(Test.Database, "server-b").AppendAsync([Numbered(4)]);

        Assert.Equal(["server-a", "server-b"], await Store.ChainsAsync());
        Assert.Equal([("server-a", 2L), ("server-b", 2L)], (await Store.HeadsAsync()).Select(h => (h.Chain, h.Sequence)));
        Assert.Equal([Numbered(1), Numbered(4)], (await ReadChainAsync("server-b")).Select(r => r.Event));
    }

    [Fact]
    public async Task Records_appended_in_a_write_that_is_not_committed_leave_no_record_and_no_head()
    {
        var appender = new AuditAppender(Test.Database, "server-a");
        await using (var write = await Test.Database.BeginWriteAsync())
        {
            await appender.AppendAsync(write, [Numbered(1), Numbered(2)]);
        }

        Assert.Empty(await Store.ChainsAsync());
        Assert.Empty(await Store.HeadsAsync());
        Assert.Equal(1, Assert.Single(await appender.AppendAsync([Numbered(3)])).Sequence);
    }

    [Fact]
    public async Task A_second_instance_appending_to_a_new_chain_waits_for_the_first_and_numbers_after_it()
    {
        await using var other = await Test.OpenAnotherAsync();
        Task<IReadOnlyList<AuditRecord>> second;
        await using (var write = await Test.Database.BeginWriteAsync())
        {
            await new AuditAppender(Test.Database, "shared").AppendAsync(write, [Numbered(1)]);
            second = Task.Run(() => new AuditAppender(other, "shared").AppendAsync([Numbered(2)]));
            await Test.UntilBlockedOrDoneAsync(second);
            await write.CommitAsync();
        }

        Assert.Equal(2, Assert.Single(await second).Sequence);
        Assert.Equal([1L, 2], (await ReadChainAsync("shared")).Select(r => r.Sequence));
        Assert.True((await new AuditVerification(Store).VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Two_instances_appending_in_turn_to_one_chain_number_after_each_other_and_keep_it_whole()
    {
        await using var other = await Test.OpenAnotherAsync();
        var first = new AuditAppender(Test.Database, "shared");
        var second = new AuditAppender(other, "shared");

        foreach (var (appender, number) in new[] { (first, 1), (second, 2), (first, 3), (first, 4), (second, 5), (first, 6) })
        {
            await appender.AppendAsync([Numbered(number)]);
        }

        await AssertSharedChainHoldsNumberedAsync(6);
    }

    [Fact]
    public async Task An_append_waiting_on_another_instances_write_numbers_after_what_that_write_committed()
    {
        await using var other = await Test.OpenAnotherAsync();
        var waiting = new AuditAppender(other, "shared");
        await waiting.AppendAsync([Numbered(1)]);
        Task<IReadOnlyList<AuditRecord>> appended;
        await using (var write = await Test.Database.BeginWriteAsync())
        {
            await new AuditAppender(Test.Database, "shared").AppendAsync(write, [Numbered(2), Numbered(3)]);
            appended = Task.Run(() => waiting.AppendAsync([Numbered(4)]));
            await Test.UntilBlockedOrDoneAsync(appended);
            await write.CommitAsync();
        }

        Assert.Equal(4, Assert.Single(await appended).Sequence);
        Assert.Equal([1L, 2, 3, 4], (await ReadChainAsync("shared")).Select(r => r.Sequence));
        Assert.True((await new AuditVerification(Store).VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Appends_inside_writes_number_on_from_what_committed_whatever_the_appender_last_saw()
    {
        await using var other = await Test.OpenAnotherAsync();
        var appender = new AuditAppender(Test.Database, "shared");

        await appender.AppendAsync([Numbered(1)]);
        await AppendInWriteAsync(appender, commit: true, Numbered(2), Numbered(3));
        await new AuditAppender(other, "shared").AppendAsync([Numbered(4)]);
        await AppendInWriteAsync(appender, commit: true, Numbered(5));
        await AppendInWriteAsync(appender, commit: false, Numbered(99));
        await appender.AppendAsync([Numbered(6)]);

        await AssertSharedChainHoldsNumberedAsync(6);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_append_behind_a_write_still_open_on_the_same_appender_waits_for_it_and_numbers_after_what_committed(bool commit)
    {
        var appender = new AuditAppender(Test.Database, "shared");
        await appender.AppendAsync([Numbered(1)]);
        var last = commit ? 4 : 2;
        Task<IReadOnlyList<AuditRecord>> behind;
        await using (var write = await Test.Database.BeginWriteAsync())
        {
            await appender.AppendAsync(write, commit ? [Numbered(2), Numbered(3)] : [Numbered(98), Numbered(99)]);
            behind = Task.Run(() => appender.AppendAsync([Numbered(last)]));
            await Test.UntilBlockedOrDoneAsync(behind);
            Assert.False(behind.IsCompleted);
            if (commit)
            {
                await write.CommitAsync();
            }
        }

        Assert.Equal(last, Assert.Single(await behind).Sequence);
        await AssertSharedChainHoldsNumberedAsync(last);
    }

    [Fact]
    public async Task The_trail_is_queried_newest_first_by_organization_person_action_and_time()
    {
        await new AuditAppender(Test.Database, "server-a").AppendAsync(
        [
            Numbered(1),
            Numbered(2) with { OrganizationCode = Pharmacy, Action = "medications.read" },
            Numbered(3) with { SubjectPersonId = 1002, Action = "medications.read" },
            Numbered(4) with { SubjectPersonId = null, Action = "members.load" },
        ]);

        Assert.Equal([4L, 3, 2, 1], await QueryAsync(new AuditQuery()));
        Assert.Equal([4L, 3, 1], await QueryAsync(new AuditQuery(OrganizationCode: Clinic)));
        Assert.Equal([3L, 2], await QueryAsync(new AuditQuery(SubjectPersonId: 1002)));
        Assert.Equal([3L, 2], await QueryAsync(new AuditQuery(Action: "medications.read")));
        Assert.Equal([3L, 2], await QueryAsync(new AuditQuery(From: Start.AddMinutes(2), To: Start.AddMinutes(4))));
        Assert.Equal([4L, 3], await QueryAsync(new AuditQuery(Limit: 2)));
        Assert.Equal([3L], await QueryAsync(new AuditQuery(OrganizationCode: Clinic, SubjectPersonId: 1002)));
    }

    [Fact]
    public async Task A_queried_record_carries_every_field_as_appended()
    {
        var appended = await new AuditAppender(Test.Database, "server-a").AppendAsync(
            [Numbered(1) with { Reason = AuditReason.Emergency, Outcome = AuditOutcome.Denied, Subject = null, Detail = null }]);

        Assert.Equivalent(appended, await Store.QueryAsync(new AuditQuery()), strict: true);
    }

    /// <summary>The "shared" chain holds events 1 to <paramref name="count"/> as records 1 to <paramref name="count"/>, and verifies.</summary>
    private async Task AssertSharedChainHoldsNumberedAsync(int count)
    {
        var chain = await ReadChainAsync("shared");
        Assert.Equal(Enumerable.Range(1, count).Select(n => (long)n), chain.Select(r => r.Sequence));
        Assert.Equal(Enumerable.Range(1, count).Select(Numbered), chain.Select(r => r.Event));
        Assert.True((await new AuditVerification(Store).VerifyAsync()).IsIntact);
    }

    /// <summary>Appends inside a write of its own and, when it commits, tells the appender, as the group writer does.</summary>
    private async Task AppendInWriteAsync(AuditAppender appender, bool commit, params AuditEvent[] events)
    {
        await using var write = await Test.Database.BeginWriteAsync();
        var records = await appender.AppendAsync(write, events);
        if (commit)
        {
            await write.CommitAsync();
            appender.Committed(records);
        }
    }

    private async Task<List<AuditRecord>> ReadChainAsync(string chain)
    {
        var records = new List<AuditRecord>();
        await foreach (var record in Store.ReadChainAsync(chain))
        {
            records.Add(record);
        }

        return records;
    }

    private async Task<IEnumerable<long>> QueryAsync(AuditQuery query) => (await Store.QueryAsync(query)).Select(r => r.Sequence);
}

public sealed class AuditStoreOnSqlite() : AuditStoreTests(TestEngine.Sqlite);

public sealed class AuditStoreOnPostgres() : AuditStoreTests(TestEngine.PostgreSql);
