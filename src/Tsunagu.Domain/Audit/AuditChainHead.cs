namespace Tsunagu.Domain.Audit;

/// <summary>The last sequence and hash written to a chain, kept apart from the records so that removing the tail shows.</summary>
public sealed record AuditChainHead(string Chain, long Sequence, byte[] Hash);
