namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>An organization registered for a test, with an HTTP client that carries its token.</summary>
public sealed record TestOrganization(string Code, string Kind, string ClientId, string ClientSecret, HttpClient Client);
