using Tsunagu.Domain.Audit;

namespace Tsunagu.Server.Audit;

/// <summary>An audit record as GET /admin/audit shows it.</summary>
public sealed record AuditRecordView(
    string Chain,
    long Sequence,
    DateTimeOffset At,
    string OrganizationCode,
    string ClientId,
    long? SubjectPersonId,
    string? Subject,
    string Action,
    string Reason,
    string Outcome,
    string? Detail,
    string Hash)
{
    public static AuditRecordView From(AuditRecord r) => new(
        r.Chain, r.Sequence, r.Event.At, r.Event.OrganizationCode, r.Event.ClientId, r.Event.SubjectPersonId, r.Event.Subject,
        r.Event.Action, r.Event.Reason.ToString(), r.Event.Outcome.ToString(), r.Event.Detail, Convert.ToHexStringLower(r.Hash));
}
