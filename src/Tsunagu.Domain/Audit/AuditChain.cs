using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Tsunagu.Domain.Audit;

/// <summary>
/// The hash chain of the audit trail: hash = SHA-256(previous hash ‖ canonical encoding of chain, sequence and event).
/// The canonical encoding length-prefixes every text and marks every optional number as present or absent, so no two
/// different records encode alike.
/// </summary>
public static class AuditChain
{
    public const int HashLength = 32;

    /// <summary>The previous hash of a chain's first record.</summary>
    public static byte[] Genesis => new byte[HashLength];

    public static AuditRecord Link(string chain, long sequence, AuditEvent auditEvent, byte[] previousHash) =>
        new(chain, sequence, auditEvent, previousHash, ComputeHash(chain, sequence, auditEvent, previousHash));

    public static byte[] ComputeHash(string chain, long sequence, AuditEvent e, ReadOnlySpan<byte> previousHash)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(previousHash);
        AppendText(hash, chain);
        AppendNumber(hash, sequence);
        AppendNumber(hash, e.At.ToUnixTimeMilliseconds());
        AppendText(hash, e.OrganizationCode);
        AppendText(hash, e.ClientId);
        AppendOptionalNumber(hash, e.SubjectPersonId);
        AppendText(hash, e.Subject);
        AppendText(hash, e.Action);
        AppendNumber(hash, (long)e.Reason);
        AppendNumber(hash, (long)e.Outcome);
        AppendText(hash, e.Detail);
        return hash.GetHashAndReset();
    }

    /// <summary>True when <paramref name="record"/> carries the hash its content and predecessor imply.</summary>
    public static bool IsIntact(AuditRecord record, ReadOnlySpan<byte> expectedPreviousHash) =>
        record.PreviousHash.AsSpan().SequenceEqual(expectedPreviousHash)
        && CryptographicOperations.FixedTimeEquals(ComputeHash(record.Chain, record.Sequence, record.Event, expectedPreviousHash), record.Hash);

    private static void AppendNumber(IncrementalHash hash, long value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(buffer, value);
        hash.AppendData(buffer);
    }

    /// <summary>A presence byte, then the number when there is one, so that no value encodes like an absent one.</summary>
    private static void AppendOptionalNumber(IncrementalHash hash, long? value)
    {
        ReadOnlySpan<byte> present = [value is null ? (byte)0 : (byte)1];
        hash.AppendData(present);
        if (value is { } number)
        {
            AppendNumber(hash, number);
        }
    }

    private static void AppendText(IncrementalHash hash, string? value)
    {
        if (value is null)
        {
            AppendNumber(hash, -1);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        AppendNumber(hash, bytes.Length);
        hash.AppendData(bytes);
    }
}
