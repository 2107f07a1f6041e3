namespace Tsunagu.Server.Organizations;

/// <summary>Answer of POST /admin/organizations: the client credentials, whose secret is shown this once only.</summary>
public sealed record OrganizationCreated(string Code, string Kind, string Prefecture, string ClientId, string ClientSecret);
