using Tsunagu.Domain.Audit;
using Tsunagu.Testing;

namespace Tsunagu.Domain.Tests.Support;

/// <summary>Chains built from audit events, and stored records altered the way a tamperer would.</summary>
internal static class AuditTrails
{
    /// <summary>The fields of a stored record that <see cref="Alter"/> can change.</summary>
    public static readonly string[] Fields =
        ["at", "organizationCode", "clientId", "subjectPersonId", "subject", "action", "reason", "outcome", "detail", "previousHash", "hash"];

    /// <summary>A chain of <paramref name="count"/> records, sequences 1 to <paramref name="count"/>, correctly linked.</summary>
    public static List<AuditRecord> Chain(string chain, int count)
    {
        var records = new List<AuditRecord>(count);
        var previous = AuditChain.Genesis;
        for (var sequence = 1; sequence <= count; sequence++)
        {
            var record = AuditChain.Link(chain, sequence, AuditEvents.Numbered(sequence), previous);
            records.Add(record);
            previous = record.Hash;
        }

        return records;
    }

    /// <summary>The head the writer kept after appending <paramref name="records"/>.</summary>
    public static AuditChainHead Head(IReadOnlyList<AuditRecord> records) => new(records[^1].Chain, records[^1].Sequence, records[^1].Hash);

    /// <summary>Feeds <paramref name="records"/> to a new verifier and closes the chain with <paramref name="head"/>.</summary>
    public static AuditChainVerifier Verify(IEnumerable<AuditRecord> records, AuditChainHead head)
    {
        var verifier = new AuditChainVerifier();
        Feed(verifier, records);
        verifier.EndChain(head);
        return verifier;
    }

    /// <summary>Feeds every record to <paramref name="verifier"/>; true when it accepted them all.</summary>
    public static bool Feed(AuditChainVerifier verifier, IEnumerable<AuditRecord> records) =>
        records.Select(verifier.Accept).ToList().TrueForAll(accepted => accepted);

    /// <summary>The event with <paramref name="field"/> changed to another value.</summary>
    public static AuditEvent Alter(AuditEvent e, string field) => field switch
    {
        "at" => e with { At = e.At.AddSeconds(1) },
        "organizationCode" => e with { OrganizationCode = "1340123452" },
        "clientId" => e with { ClientId = "pharmacy-receipt" },
        "subjectPersonId" => e with { SubjectPersonId = e.SubjectPersonId + 1 },
        "subject" => e with { Subject = e.Subject + "x" },
        "action" => e with { Action = "medications.read" },
        "reason" => e with { Reason = AuditReason.Emergency },
        "outcome" => e with { Outcome = AuditOutcome.Denied },
        "detail" => e with { Detail = null },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an audit event field."),
    };

    /// <summary>The stored record with <paramref name="field"/> changed and its hash left as it was written.</summary>
    public static AuditRecord Alter(AuditRecord record, string field) => field switch
    {
        "previousHash" => record with { PreviousHash = Flipped(record.PreviousHash) },
        "hash" => record with { Hash = Flipped(record.Hash) },
        _ => record with { Event = Alter(record.Event, field) },
    };

    private static byte[] Flipped(byte[] hash)
    {
        var copy = (byte[])hash.Clone();
        copy[^1] ^= 1;
        return copy;
    }
}
