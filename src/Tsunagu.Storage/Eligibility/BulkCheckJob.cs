namespace Tsunagu.Storage.Eligibility;

/// <summary>
/// A persisted bulk pre-check (資格確認一括照会): who asked, the queries as JSON, and once done the results as JSON in
/// the same order.
/// </summary>
public sealed record BulkCheckJob(
    string Id,
    string FacilityCode,
    string ClientId,
    string FacilityKind,
    string Status,
    int QueryCount,
    string Queries,
    string? Results,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt)
{
    public const string Pending = "pending";
    public const string Done = "done";
}
