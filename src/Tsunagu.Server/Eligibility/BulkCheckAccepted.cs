namespace Tsunagu.Server.Eligibility;

/// <summary>Answer of POST /eligibility/bulk-checks: the job's id, to poll with GET.</summary>
public sealed record BulkCheckAccepted(string Id, string Status, int QueryCount);
