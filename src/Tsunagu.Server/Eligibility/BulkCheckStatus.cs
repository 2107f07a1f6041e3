namespace Tsunagu.Server.Eligibility;

/// <summary>A bulk pre-check as GET shows it: "pending" until done, then the results in the order of the queries.</summary>
public sealed record BulkCheckStatus(
    string Id,
    string Status,
    int QueryCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<EligibilityCheckResponse>? Results);
