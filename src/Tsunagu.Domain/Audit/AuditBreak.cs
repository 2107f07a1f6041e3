namespace Tsunagu.Domain.Audit;

/// <summary>The first place where a chain does not hold: which record and what is wrong with it.</summary>
public sealed record AuditBreak(string Chain, long Sequence, string Reason);
