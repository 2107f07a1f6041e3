using Tsunagu.Server.Auth;

namespace Tsunagu.Server.Audit;

/// <summary>Who acts, as the audit trail names them: the organization (or "admin") and the client.</summary>
public sealed record AuditActor(string OrganizationCode, string ClientId)
{
    public static AuditActor Of(Caller caller) => new(caller.OrganizationCode ?? Roles.Admin, caller.ClientId);
}
