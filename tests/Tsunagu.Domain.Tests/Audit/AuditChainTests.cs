using System.Security.Cryptography;
using System.Text;
using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Tests.Support;
using Tsunagu.Testing;

namespace Tsunagu.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly AuditEvent Base = AuditEvents.Numbered(1);

    private static byte[] Hash(AuditEvent e, string chain = "server-a", long sequence = 1) =>
        AuditChain.ComputeHash(chain, sequence, e, AuditChain.Genesis);

    public static TheoryData<string> StoredFields => new(AuditTrails.Fields);

    public static TheoryData<string> EventFields => new(AuditTrails.Fields.Where(f => !f.EndsWith("ash", StringComparison.Ordinal)));

    [Fact]
    public void The_genesis_hash_is_32_zero_bytes_and_cannot_be_altered_through_a_copy()
    {
        var genesis = AuditChain.Genesis;
        genesis[0] = 0xff;

        Assert.Equal(new byte[AuditChain.HashLength], AuditChain.Genesis);
        Assert.Equal(32, AuditChain.HashLength);
    }

    [Fact]
    public void Linking_records_the_event_its_predecessors_hash_and_its_own_sha256()
    {
        var previous = AuditChain.Link("server-a", 1, AuditEvents.Numbered(1), AuditChain.Genesis);

        var record = AuditChain.Link("server-a", 2, AuditEvents.Numbered(2), previous.Hash);

        Assert.Equal(("server-a", 2L, AuditEvents.Numbered(2)), (record.Chain, record.Sequence, record.Event));
        Assert.Equal(previous.Hash, record.PreviousHash);
        Assert.Equal(AuditChain.HashLength, record.Hash.Length);
        Assert.Equal(AuditChain.ComputeHash("server-a", 2, AuditEvents.Numbered(2), previous.Hash), record.Hash);
    }

    /// <summary>
    /// Known answers computed outside .NET from the documented encoding: SHA-256 of the previous hash, then each text as
    /// a big-endian int64 byte length (−1 when absent) and its UTF-8 bytes, each number as a big-endian int64 (the time in
    /// Unix milliseconds), and the optional person id as a presence byte followed by the number. Stored chains depend on it.
    /// </summary>
    [Fact]
    public void The_hash_is_sha256_of_the_canonical_encoding()
    {
        Assert.Equal("e569cefede1b872cf8359d454742ddb4faf375d4d107e4238161023e53ce9216", Convert.ToHexStringLower(Hash(Base)));
        Assert.Equal(
            "47c744826f2c01621c813de8249e0974547531ca28e21f594acee86cf0da1134",
            Convert.ToHexStringLower(Hash(Base with { SubjectPersonId = null, Subject = null, Detail = null })));
    }

    [Fact]
    public void An_event_too_long_to_encode_on_the_stack_hashes_as_the_documented_encoding_of_it()
    {
        var detail = string.Concat(Enumerable.Repeat("処方箋 0190f1a2b3c4: 5 drugs, 1 duplicate; ", 60));
        var e = Base with { Detail = detail };

        Assert.Equal(DocumentedHash(e), Hash(e));
        Assert.Equal(DocumentedHash(Base), Hash(Base));
    }

    [Fact]
    public void The_hash_is_the_same_for_the_same_content() =>
        Assert.Equal(Hash(AuditEvents.Numbered(1)), Hash(AuditEvents.Numbered(1)));

    [Theory]
    [MemberData(nameof(EventFields))]
    public void The_hash_changes_when_any_field_of_the_event_changes(string field) =>
        Assert.NotEqual(Hash(Base), Hash(AuditTrails.Alter(Base, field)));

    [Fact]
    public void The_hash_covers_the_chain_the_sequence_and_the_previous_hash()
    {
        var hash = Hash(Base);

        Assert.NotEqual(hash, Hash(Base, chain: "server-b"));
        Assert.NotEqual(hash, Hash(Base, sequence: 2));
        Assert.NotEqual(hash, AuditChain.ComputeHash("server-a", 1, Base, new byte[AuditChain.HashLength].Select((_, i) => (byte)i).ToArray()));
    }

    /// <summary>The encoding as the known-answer test above describes it, written out plainly, for chain "server-a", sequence 1, after the genesis hash.</summary>
    private static byte[] DocumentedHash(AuditEvent e)
    {
        var bytes = new List<byte>(AuditChain.Genesis);
        void Number(long value) => bytes.AddRange(BitConverter.GetBytes(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value)));
        void Text(string? value)
        {
            var utf8 = value is null ? null : Encoding.UTF8.GetBytes(value);
            Number(utf8?.Length ?? -1);
            bytes.AddRange(utf8 ?? []);
        }

        Text("server-a");
        Number(1);
        Number(e.At.ToUnixTimeMilliseconds());
        Text(e.OrganizationCode);
        Text(e.ClientId);
        bytes.Add(e.SubjectPersonId is null ? (byte)0 : (byte)1);
        if (e.SubjectPersonId is { } person)
        {
            Number(person);
        }

        Text(e.Subject);
        Text(e.Action);
        Number((long)e.Reason);
        Number((long)e.Outcome);
        Text(e.Detail);
        return SHA256.HashData([.. bytes]);
    }

    [Theory]
    [InlineData("ab", "c", "a", "bc")]
    [InlineData("a", "bc", "ab", "c")]
    [InlineData("", "abc", "abc", "")]
    public void The_hash_differs_when_text_moves_across_a_field_boundary(string action1, string detail1, string action2, string detail2) =>
        Assert.NotEqual(Hash(Base with { Action = action1, Detail = detail1 }), Hash(Base with { Action = action2, Detail = detail2 }));

    [Fact]
    public void The_hash_differs_when_text_moves_between_adjacent_fields()
    {
        Assert.NotEqual(Hash(Base with { Subject = "ab", Action = "c" }), Hash(Base with { Subject = "a", Action = "bc" }));
        Assert.NotEqual(Hash(Base with { OrganizationCode = "13101234", ClientId = "58" }), Hash(Base with { OrganizationCode = "1310123458", ClientId = "" }));
        Assert.NotEqual(Hash(Base, chain: "server-a1", sequence: 1), Hash(Base, chain: "server-a", sequence: 11));
    }

    [Fact]
    public void An_absent_text_hashes_unlike_an_empty_one()
    {
        Assert.NotEqual(Hash(Base with { Subject = null }), Hash(Base with { Subject = "" }));
        Assert.NotEqual(Hash(Base with { Detail = null }), Hash(Base with { Detail = "" }));
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(0L)]
    public void An_absent_subject_person_hashes_unlike_any_person_id(long personId) =>
        Assert.NotEqual(Hash(Base with { SubjectPersonId = null }), Hash(Base with { SubjectPersonId = personId }));

    [Fact]
    public void A_linked_record_is_intact_against_its_predecessors_hash()
    {
        var records = AuditTrails.Chain("server-a", 2);

        Assert.True(AuditChain.IsIntact(records[0], AuditChain.Genesis));
        Assert.True(AuditChain.IsIntact(records[1], records[0].Hash));
    }

    [Fact]
    public void A_record_is_not_intact_against_another_predecessor_even_if_it_claims_that_predecessor()
    {
        var records = AuditTrails.Chain("server-a", 3);
        var relinked = records[2] with { PreviousHash = records[0].Hash };

        Assert.False(AuditChain.IsIntact(records[2], records[0].Hash));
        Assert.False(AuditChain.IsIntact(relinked, records[0].Hash));
    }

    [Theory]
    [MemberData(nameof(StoredFields))]
    public void A_record_altered_after_it_was_written_is_not_intact(string field)
    {
        var record = AuditTrails.Chain("server-a", 1)[0];

        Assert.False(AuditChain.IsIntact(AuditTrails.Alter(record, field), AuditChain.Genesis));
    }
}
