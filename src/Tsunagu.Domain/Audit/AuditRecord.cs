namespace Tsunagu.Domain.Audit;

/// <summary>
/// An <see cref="AuditEvent"/> as stored: numbered within its chain and linked to the record before it by hash, so that
/// altering or removing any stored record breaks the chain.
/// </summary>
/// <param name="Chain">The chain the record belongs to; each server instance writes its own chain.</param>
/// <param name="Sequence">Position in the chain, from 1 with no gaps.</param>
public sealed record AuditRecord(string Chain, long Sequence, AuditEvent Event, byte[] PreviousHash, byte[] Hash);
