namespace Tsunagu.Domain.Audit;

/// <summary>
/// One access to personal data: who (organization and client), whose data (person and/or the identifiers used),
/// what (the action), why (<see cref="AuditReason"/>) and how it ended.
/// </summary>
public sealed record AuditEvent(
    DateTimeOffset At,
    string OrganizationCode,
    string ClientId,
    long? SubjectPersonId,
    string? Subject,
    string Action,
    AuditReason Reason,
    AuditOutcome Outcome,
    string? Detail = null);
