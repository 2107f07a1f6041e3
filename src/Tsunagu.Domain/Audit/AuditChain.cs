using System.Buffers;
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

    /// <summary>Encodings up to this size are made on the stack; a longer one (a long detail) in a pooled buffer.</summary>
    private const int StackLimit = 1024;

    /// <summary>The encoding's bytes besides the previous hash and the texts: six length prefixes, four numbers, the person id and its presence byte.</summary>
    private const int FixedBytes = (6 * 8) + (4 * 8) + 8 + 1;

    /// <summary>The previous hash of a chain's first record.</summary>
    public static byte[] Genesis => new byte[HashLength];

    public static AuditRecord Link(string chain, long sequence, AuditEvent auditEvent, byte[] previousHash) =>
        new(chain, sequence, auditEvent, previousHash, ComputeHash(chain, sequence, auditEvent, previousHash));

    public static byte[] ComputeHash(string chain, long sequence, AuditEvent e, ReadOnlySpan<byte> previousHash)
    {
        ArgumentNullException.ThrowIfNull(e);
        var most = previousHash.Length + FixedBytes
            + MostBytes(chain) + MostBytes(e.OrganizationCode) + MostBytes(e.ClientId) + MostBytes(e.Subject) + MostBytes(e.Action) + MostBytes(e.Detail);
        var rented = most > StackLimit ? ArrayPool<byte>.Shared.Rent(most) : null;
        Span<byte> buffer = rented is null ? stackalloc byte[StackLimit] : rented;
        var at = previousHash.Length;
        previousHash.CopyTo(buffer);
        AppendText(buffer, ref at, chain);
        AppendNumber(buffer, ref at, sequence);
        AppendNumber(buffer, ref at, e.At.ToUnixTimeMilliseconds());
        AppendText(buffer, ref at, e.OrganizationCode);
        AppendText(buffer, ref at, e.ClientId);
        AppendOptionalNumber(buffer, ref at, e.SubjectPersonId);
        AppendText(buffer, ref at, e.Subject);
        AppendText(buffer, ref at, e.Action);
        AppendNumber(buffer, ref at, (long)e.Reason);
        AppendNumber(buffer, ref at, (long)e.Outcome);
        AppendText(buffer, ref at, e.Detail);
        var hash = SHA256.HashData(buffer[..at]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return hash;
    }

    /// <summary>True when <paramref name="record"/> carries the hash its content and predecessor imply.</summary>
    public static bool IsIntact(AuditRecord record, ReadOnlySpan<byte> expectedPreviousHash) =>
        record.PreviousHash.AsSpan().SequenceEqual(expectedPreviousHash)
        && CryptographicOperations.FixedTimeEquals(ComputeHash(record.Chain, record.Sequence, record.Event, expectedPreviousHash), record.Hash);

    /// <summary>The most bytes a text's UTF-8 takes, without encoding it.</summary>
    private static int MostBytes(string? value) => value is null ? 0 : Encoding.UTF8.GetMaxByteCount(value.Length);

    private static void AppendNumber(Span<byte> buffer, ref int at, long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(buffer[at..], value);
        at += 8;
    }

    /// <summary>A presence byte, then the number when there is one, so that no value encodes like an absent one.</summary>
    private static void AppendOptionalNumber(Span<byte> buffer, ref int at, long? value)
    {
        buffer[at++] = value is null ? (byte)0 : (byte)1;
        if (value is { } number)
        {
            AppendNumber(buffer, ref at, number);
        }
    }

    /// <summary>The UTF-8 byte length (−1 when absent), then the bytes.</summary>
    private static void AppendText(Span<byte> buffer, ref int at, string? value)
    {
        if (value is null)
        {
            AppendNumber(buffer, ref at, -1);
            return;
        }

        var length = Encoding.UTF8.GetBytes(value, buffer[(at + 8)..]);
        AppendNumber(buffer, ref at, length);
        at += length;
    }
}
