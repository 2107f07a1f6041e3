namespace Tsunagu.Domain.Audit;

/// <summary>
/// Walks stored audit records, fed in chain and sequence order, and reports the first record that was altered, removed
/// or reordered. Records are streamed through <see cref="Accept"/> so that millions can be checked in constant memory.
/// </summary>
public sealed class AuditChainVerifier
{
    private string? chain;
    private long sequence;
    private byte[] previousHash = AuditChain.Genesis;

    public AuditBreak? FirstBreak { get; private set; }

    public long Checked { get; private set; }

    /// <summary>Checks the next record; returns false once a break was found (later records are not checked).</summary>
    public bool Accept(AuditRecord record)
    {
        if (FirstBreak is not null)
        {
            return false;
        }

        if (record.Chain != chain)
        {
            chain = record.Chain;
            sequence = 0;
            previousHash = AuditChain.Genesis;
        }

        Checked++;
        if (record.Sequence != sequence + 1)
        {
            return Break(record.Chain, sequence + 1, $"record {sequence + 1} is missing (next stored is {record.Sequence})");
        }

        if (!AuditChain.IsIntact(record, previousHash))
        {
            return Break(record.Chain, record.Sequence, "the record's content does not match its hash");
        }

        sequence = record.Sequence;
        previousHash = record.Hash;
        return true;
    }

    /// <summary>
    /// Closes the chain named by <paramref name="head"/> after its records were fed: checks that nothing was removed
    /// from its end. A chain whose records were all removed is caught here too.
    /// </summary>
    public bool EndChain(AuditChainHead head)
    {
        if (FirstBreak is not null)
        {
            return false;
        }

        var seen = chain == head.Chain ? sequence : 0;
        var seenHash = chain == head.Chain ? previousHash : AuditChain.Genesis;
        return head.Sequence == seen && head.Hash.AsSpan().SequenceEqual(seenHash)
            || Break(head.Chain, Math.Min(head.Sequence, seen + 1), $"the chain head records {head.Sequence} entries but {seen} are stored intact");
    }

    private bool Break(string brokenChain, long at, string reason)
    {
        FirstBreak = new AuditBreak(brokenChain, at, reason);
        return false;
    }
}
