using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Audit;

public sealed class AuditChainVerifierTests
{
    private const string ChainA = "server-a";
    private const string ChainB = "server-b";

    public static TheoryData<string, int> AlterationsOfEachRecord
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var name in AuditTrails.Fields)
            {
                for (var sequence = 1; sequence <= 5; sequence++)
                {
                    data.Add(name, sequence);
                }
            }

            return data;
        }
    }

    [Fact]
    public void An_untouched_chain_verifies()
    {
        var records = AuditTrails.Chain(ChainA, 5);
        var verifier = new AuditChainVerifier();

        Assert.True(AuditTrails.Feed(verifier, records));
        Assert.True(verifier.EndChain(AuditTrails.Head(records)));
        Assert.Null(verifier.FirstBreak);
        Assert.Equal(5, verifier.Checked);
    }

    [Theory]
    [MemberData(nameof(AlterationsOfEachRecord))]
    public void Altering_any_field_of_any_record_is_caught_at_that_record(string field, int sequence)
    {
        var records = AuditTrails.Chain(ChainA, 5);
        records[sequence - 1] = AuditTrails.Alter(records[sequence - 1], field);

        var verifier = AuditTrails.Verify(records, AuditTrails.Head(AuditTrails.Chain(ChainA, 5)));

        Assert.Equal(new AuditBreak(ChainA, sequence, "the record's content does not match its hash"), verifier.FirstBreak);
        Assert.Equal(sequence, verifier.Checked);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_record_altered_and_rehashed_is_caught_at_the_record_that_follows(int sequence)
    {
        var records = AuditTrails.Chain(ChainA, 5);
        var head = AuditTrails.Head(records);
        var original = records[sequence - 1];
        records[sequence - 1] = AuditChain.Link(ChainA, sequence, AuditTrails.Alter(original.Event, "outcome"), original.PreviousHash);

        var verifier = AuditTrails.Verify(records, head);

        Assert.Equal(sequence + 1, verifier.FirstBreak?.Sequence);
    }

    [Fact]
    public void The_last_record_altered_and_rehashed_is_caught_by_the_chain_head()
    {
        var records = AuditTrails.Chain(ChainA, 5);
        var head = AuditTrails.Head(records);
        records[4] = AuditChain.Link(ChainA, 5, AuditTrails.Alter(records[4].Event, "subject"), records[3].Hash);
        var verifier = new AuditChainVerifier();

        Assert.True(AuditTrails.Feed(verifier, records));
        Assert.False(verifier.EndChain(head));
        Assert.Equal(5, verifier.FirstBreak?.Sequence);
    }

    [Fact]
    public void Removing_a_middle_record_breaks_the_chain_at_the_missing_sequence()
    {
        var records = AuditTrails.Chain(ChainA, 5);
        var head = AuditTrails.Head(records);
        records.RemoveAt(2);
        var verifier = new AuditChainVerifier();

        Assert.True(verifier.Accept(records[0]));
        Assert.True(verifier.Accept(records[1]));
        Assert.False(verifier.Accept(records[2]));

        Assert.Equal(new AuditBreak(ChainA, 3, "record 3 is missing (next stored is 4)"), verifier.FirstBreak);
        Assert.False(verifier.EndChain(head));
    }

    [Fact]
    public void Removing_the_first_record_breaks_the_chain_at_sequence_one()
    {
        var records = AuditTrails.Chain(ChainA, 3);

        var verifier = AuditTrails.Verify(records.Skip(1), AuditTrails.Head(records));

        Assert.Equal(new AuditBreak(ChainA, 1, "record 1 is missing (next stored is 2)"), verifier.FirstBreak);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Removing_the_tail_is_caught_when_the_chain_is_closed_with_its_head(int removed)
    {
        var records = AuditTrails.Chain(ChainA, 5);
        var head = AuditTrails.Head(records);
        var verifier = new AuditChainVerifier();

        Assert.True(AuditTrails.Feed(verifier, records.Take(5 - removed)));
        Assert.False(verifier.EndChain(head));

        Assert.Equal(ChainA, verifier.FirstBreak?.Chain);
        Assert.Equal(5 - removed + 1, verifier.FirstBreak?.Sequence);
        Assert.Equal($"the chain head records 5 entries but {5 - removed} are stored intact", verifier.FirstBreak?.Reason);
    }

    [Fact]
    public void A_chain_whose_records_were_all_removed_is_caught_at_its_first_record()
    {
        var head = AuditTrails.Head(AuditTrails.Chain(ChainA, 4));
        var verifier = new AuditChainVerifier();

        Assert.False(verifier.EndChain(head));
        Assert.Equal(new AuditBreak(ChainA, 1, "the chain head records 4 entries but 0 are stored intact"), verifier.FirstBreak);
    }

    [Fact]
    public void Two_chains_verify_one_after_the_other()
    {
        var a = AuditTrails.Chain(ChainA, 3);
        var b = AuditTrails.Chain(ChainB, 4);
        var verifier = new AuditChainVerifier();

        Assert.True(AuditTrails.Feed(verifier, a));
        Assert.True(verifier.EndChain(AuditTrails.Head(a)));
        Assert.True(AuditTrails.Feed(verifier, b));
        Assert.True(verifier.EndChain(AuditTrails.Head(b)));

        Assert.Null(verifier.FirstBreak);
        Assert.Equal(7, verifier.Checked);
    }

    [Fact]
    public void A_break_in_the_second_chain_names_that_chain()
    {
        var a = AuditTrails.Chain(ChainA, 3);
        var b = AuditTrails.Chain(ChainB, 4);
        var verifier = new AuditChainVerifier();

        Assert.True(AuditTrails.Feed(verifier, a));
        Assert.True(verifier.EndChain(AuditTrails.Head(a)));
        Assert.True(AuditTrails.Feed(verifier, b.Take(3)));

        Assert.False(verifier.EndChain(AuditTrails.Head(b)));
        Assert.Equal((ChainB, 4L), (verifier.FirstBreak?.Chain, verifier.FirstBreak?.Sequence));
    }

    [Fact]
    public void A_second_chain_whose_records_were_all_removed_is_caught_after_the_first()
    {
        var a = AuditTrails.Chain(ChainA, 3);
        var verifier = new AuditChainVerifier();

        Assert.True(AuditTrails.Feed(verifier, a));
        Assert.True(verifier.EndChain(AuditTrails.Head(a)));
        Assert.False(verifier.EndChain(AuditTrails.Head(AuditTrails.Chain(ChainB, 2))));
        Assert.Equal((ChainB, 1L), (verifier.FirstBreak?.Chain, verifier.FirstBreak?.Sequence));
    }

    [Fact]
    public void A_record_moved_into_another_chain_breaks_that_chain()
    {
        var a = AuditTrails.Chain(ChainA, 3);
        a[0] = a[0] with { Chain = ChainB };

        var verifier = AuditTrails.Verify(a, AuditTrails.Head(a));

        Assert.Equal(new AuditBreak(ChainB, 1, "the record's content does not match its hash"), verifier.FirstBreak);
    }

    [Fact]
    public void Records_swapped_in_order_break_the_chain_where_the_order_first_goes_wrong()
    {
        var records = AuditTrails.Chain(ChainA, 4);
        (records[1], records[2]) = (records[2], records[1]);

        var verifier = AuditTrails.Verify(records, AuditTrails.Head(AuditTrails.Chain(ChainA, 4)));

        Assert.Equal(new AuditBreak(ChainA, 2, "record 2 is missing (next stored is 3)"), verifier.FirstBreak);
    }

    [Fact]
    public void A_record_renumbered_to_fill_a_gap_is_caught_by_its_hash()
    {
        var records = AuditTrails.Chain(ChainA, 4);
        records.RemoveAt(1);
        records[1] = records[1] with { Sequence = 2 };

        var verifier = AuditTrails.Verify(records, AuditTrails.Head(AuditTrails.Chain(ChainA, 4)));

        Assert.Equal(new AuditBreak(ChainA, 2, "the record's content does not match its hash"), verifier.FirstBreak);
    }

    [Fact]
    public void A_record_stored_twice_breaks_the_chain_after_its_first_copy()
    {
        var records = AuditTrails.Chain(ChainA, 3);
        records.Insert(2, records[1]);

        var verifier = AuditTrails.Verify(records, AuditTrails.Head(AuditTrails.Chain(ChainA, 3)));

        Assert.Equal(new AuditBreak(ChainA, 3, "record 3 is missing (next stored is 2)"), verifier.FirstBreak);
    }

    [Fact]
    public void After_the_first_break_nothing_more_is_checked_and_the_first_break_is_kept()
    {
        var records = AuditTrails.Chain(ChainA, 5);
        records[1] = AuditTrails.Alter(records[1], "action");
        records[3] = AuditTrails.Alter(records[3], "detail");
        var verifier = new AuditChainVerifier();

        var accepted = records.Select(verifier.Accept).ToList();

        Assert.Equal([true, false, false, false, false], accepted);
        Assert.Equal(2, verifier.FirstBreak?.Sequence);
        Assert.Equal(2, verifier.Checked);
        Assert.False(verifier.EndChain(AuditTrails.Head(AuditTrails.Chain(ChainA, 5))));
        Assert.Equal(2, verifier.FirstBreak?.Sequence);
    }
}
