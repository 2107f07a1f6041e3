namespace Tsunagu.Storage.Audit;

/// <summary>Filters for reading the audit trail; all optional, newest records first.</summary>
public sealed record AuditQuery(
    string? OrganizationCode = null,
    long? SubjectPersonId = null,
    string? Action = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Limit = 100);
