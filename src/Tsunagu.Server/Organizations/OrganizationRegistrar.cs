using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Organizations;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Storage;
using Tsunagu.Storage.Clients;
using Tsunagu.Storage.Organizations;

namespace Tsunagu.Server.Organizations;

/// <summary>Registers an organization with its first API client, in one transaction, and audits it.</summary>
public sealed class OrganizationRegistrar(Database database, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The registered organization and its one-time secret, or the errors that refused it.</summary>
    public async Task<(OrganizationCreated? Created, IReadOnlyList<FieldError> Errors)> RegisterAsync(
        OrganizationDraft draft, Caller caller, CancellationToken cancellationToken = default)
    {
        var validation = OrganizationRegistration.Validate(draft);
        if (!validation.IsValid)
        {
            return (null, validation.Errors);
        }

        var organization = validation.Value!;
        var now = clock.GetUtcNow();
        var secret = ClientSecrets.Generate();
        var client = new ApiClient($"{organization.Kind.WireName()}-{organization.Code}", organization.Code, organization.Kind.WireName(), ClientSecrets.Hash(secret));
        await using var write = await database.BeginWriteAsync(cancellationToken);
        if (!await OrganizationStore.TryInsertAsync(write, organization, now, cancellationToken))
        {
            return (null, [new FieldError(OrganizationErrors.AlreadyExists, "code", Detail: organization.Code)]);
        }

        await ApiClientStore.InsertAsync(write, client, now, cancellationToken);
        await audit.AppendAsync(write, new AuditEvent(now, caller.OrganizationCode ?? Roles.Admin, caller.ClientId, null, organization.Code, "organizations.create", AuditReason.Admin, AuditOutcome.Success), cancellationToken);
        await write.CommitAsync(cancellationToken);
        return (new OrganizationCreated(organization.Code, organization.Kind.WireName(), organization.Prefecture.NameJa, client.ClientId, secret), []);
    }
}
