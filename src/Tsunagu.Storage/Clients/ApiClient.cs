namespace Tsunagu.Storage.Clients;

/// <summary>
/// An OAuth2 client (client_credentials) of an organization, or the built-in admin client. Only a hash of the secret is
/// kept; the secret itself is shown once, when the client is created.
/// </summary>
/// <param name="Role">The organization kind's wire name, or "admin".</param>
public sealed record ApiClient(string ClientId, string? OrganizationCode, string Role, byte[] SecretHash);
