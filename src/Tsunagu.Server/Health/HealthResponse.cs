namespace Tsunagu.Server.Health;

public sealed record HealthResponse(string Status, string Database, int SchemaVersion, string Version);
