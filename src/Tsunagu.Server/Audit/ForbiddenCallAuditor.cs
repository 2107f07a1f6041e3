using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Tsunagu.Domain.Audit;
using Tsunagu.Server.Auth;

namespace Tsunagu.Server.Audit;

/// <summary>
/// Audits every call an authenticated client makes to an endpoint its role may not call, as a denied access on the role
/// rule, before the 403 goes out: attempts outside a client's role are what an operator reviews first. A call without a
/// valid token (401) names no client to hold to account, so it is not audited; the rate limit runs before authorization,
/// so a client cannot write refusals to the trail faster than its budget.
/// </summary>
public sealed class ForbiddenCallAuditor(AuditTrail audit, TimeProvider clock) : IAuthorizationMiddlewareResultHandler
{
    public const string Action = "access.forbidden";

    private readonly AuthorizationMiddlewareResultHandler answer = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var caller = Caller.From(context.User);
            await audit.RecordAsync(Refusal(AuditActor.Of(caller), caller.Role, context.Request), context.RequestAborted);
        }

        await answer.HandleAsync(next, context, policy, authorizeResult);
    }

    private AuditEvent Refusal(AuditActor actor, string role, HttpRequest request) => new(
        clock.GetUtcNow(), actor.OrganizationCode, actor.ClientId, null, null, Action, AuditReason.Role, AuditOutcome.Denied,
        $"{request.Method} {request.Path}: role {role}");
}
