using Tsunagu.Domain;
using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Consent;
using Tsunagu.Domain.Errors;
using Tsunagu.Server.Audit;
using Tsunagu.Server.People;
using Tsunagu.Storage;
using Tsunagu.Storage.Consent;

namespace Tsunagu.Server.Consents;

/// <summary>
/// Records and revokes viewing consents, and answers the one question later services ask:
/// may facility F see scope S of person P now?
/// </summary>
public sealed class ConsentService(Database database, ConsentStore store, PatientResolver patients, AuditTrail audit, ConsentPolicy policy, TimeProvider clock)
{
    public async Task<(ConsentGrant? Grant, IReadOnlyList<FieldError> Errors)> GrantAsync(ConsentRequest request, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var reader = new FieldReader();
        var scopes = ReadScopes(reader, request.Scopes);
        var method = ReadMethod(reader, request.Method);
        var (match, errors) = await patients.ResolveAsync(
            new PatientIdentifiers(request.InsurerNumber, request.InsuredCardSymbol, request.InsuredIdentificationNumber, request.InsuredBranchNumber, request.Birthdate), cancellationToken);
        reader.AddRange(errors);
        if (reader.HasErrors)
        {
            return (null, reader.Errors);
        }

        if (PatientResolver.Failure(match!) is { } failure)
        {
            var outcome = failure.Error == PatientErrors.NotFound ? AuditOutcome.NotFound : AuditOutcome.Rejected;
            await audit.RecordAsync(Event(actor, null, "consents.create", outcome, subject: match!.Key.MemberId), cancellationToken);
            return (null, [failure]);
        }

        return (await RecordAsync(match!.PersonId, scopes, method!.Value, actor, cancellationToken: cancellationToken), []);
    }

    /// <summary>
    /// Stores a grant for a person already identified (by the card reader, or by the emergency lookup), valid for the
    /// policy's span unless <paramref name="validity"/> says otherwise, and audits it in the same transaction.
    /// </summary>
    public async Task<ConsentGrant> RecordAsync(
        long personId, ConsentScope scopes, ConsentMethod method, AuditActor actor, TimeSpan? validity = null, string? reason = null, CancellationToken cancellationToken = default)
    {
        var now = Instants.ToMilliseconds(clock.GetUtcNow());
        var grant = new ConsentGrant(0, personId, actor.OrganizationCode, scopes, method, now, now + (validity ?? policy.Validity), null, reason);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        grant = await ConsentStore.InsertAsync(write, grant, actor.ClientId, cancellationToken);
        var detail = $"{string.Join(',', ConsentScopes.ToNames(scopes))} by {method}" + (reason is null ? string.Empty : $": {reason}");
        var why = method == ConsentMethod.Emergency ? AuditReason.Emergency : AuditReason.Care;
        await audit.AppendAsync(write, Event(actor, personId, method == ConsentMethod.Emergency ? "emergency-access.grant" : "consents.create", AuditOutcome.Success, detail) with { Reason = why }, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return grant;
    }

    /// <summary>
    /// Revokes one of the facility's own consents; null when it has no such unrevoked consent. A refused revocation is
    /// audited too (after the write is released, which the audit writer needs on SQLite): it may be a facility probing
    /// other facilities' consent ids.
    /// </summary>
    public async Task<ConsentGrant?> RevokeAsync(long id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await using (var write = await database.BeginWriteAsync(cancellationToken))
        {
            var revoked = await ConsentStore.RevokeAsync(write, id, actor.OrganizationCode, clock.GetUtcNow(), cancellationToken);
            if (revoked is not null)
            {
                await audit.AppendAsync(write, Event(actor, revoked.PersonId, "consents.revoke", AuditOutcome.Success, $"consent {id}"), cancellationToken);
                await write.CommitAsync(cancellationToken);
                return revoked;
            }
        }

        await audit.RecordAsync(Event(actor, null, "consents.revoke", AuditOutcome.NotFound, $"consent {id}"), cancellationToken);
        return null;
    }

    /// <summary>May <paramref name="facilityCode"/> see <paramref name="scope"/> of the person now?</summary>
    public async Task<bool> MaySeeAsync(string facilityCode, long personId, ConsentScope scope, CancellationToken cancellationToken = default) =>
        await BasisAsync(facilityCode, personId, scope, cancellationToken) is not null;

    /// <summary>
    /// Why <paramref name="facilityCode"/> may see <paramref name="scope"/> of the person now — <see cref="AuditReason.Consent"/>
    /// or <see cref="AuditReason.Emergency"/> — or null when it may not. Viewing services audit their reads with it.
    /// </summary>
    public async Task<AuditReason?> BasisAsync(string facilityCode, long personId, ConsentScope scope, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var grants = (await store.CurrentAsync(personId, facilityCode, now, cancellationToken)).Where(g => g.Allows(facilityCode, scope, now)).ToList();
        return grants.Count == 0 ? null
            : grants.Any(g => g.Method != ConsentMethod.Emergency) ? AuditReason.Consent
            : AuditReason.Emergency;
    }

    /// <param name="subject">The identifiers used, where no single person was found to name.</param>
    private AuditEvent Event(AuditActor actor, long? personId, string action, AuditOutcome outcome, string? detail = null, string? subject = null) =>
        new(clock.GetUtcNow(), actor.OrganizationCode, actor.ClientId, personId, subject, action, AuditReason.Care, outcome, detail);

    private static ConsentScope ReadScopes(FieldReader reader, IReadOnlyList<string>? names)
    {
        if (names is null || names.Count == 0)
        {
            reader.Add(Domain.Errors.InputErrors.Required, "scopes");
            return ConsentScope.None;
        }

        var scopes = ConsentScope.None;
        foreach (var name in names)
        {
            if (ConsentScopes.TryParse(name, out var scope))
            {
                scopes |= scope;
            }
            else
            {
                reader.Add(ConsentErrors.ScopeUnknown, "scopes", name);
            }
        }

        return scopes;
    }

    private static ConsentMethod? ReadMethod(FieldReader reader, string? method)
    {
        switch (method)
        {
            case "card":
                return ConsentMethod.Card;
            case "verbal":
                return ConsentMethod.Verbal;
            case null or "":
                reader.Add(Domain.Errors.InputErrors.Required, "method");
                return null;
            default:
                reader.Add(ConsentErrors.MethodUnknown, "method", method);
                return null;
        }
    }
}
