using Tsunagu.Server.Auth;
using Tsunagu.Storage;
using Tsunagu.Storage.Migrations;

namespace Tsunagu.Server.Health;

/// <summary>GET /healthz: liveness, the engine in use and the schema version. It touches no database, so it also measures the framework's ceiling.</summary>
public static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", (Database database) => new HealthResponse("ok", database.EngineName, SchemaMigrations.All[^1].Version, ServerVersion.Current))
            .WithTags("Health")
            .WithSummary("Liveness and the database engine in use")
            .AllowAnyone();
}
