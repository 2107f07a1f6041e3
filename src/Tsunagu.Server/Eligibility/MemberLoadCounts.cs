namespace Tsunagu.Server.Eligibility;

/// <summary>Answer of a member load.</summary>
public sealed record MemberLoadCounts(int Created, int Updated);
