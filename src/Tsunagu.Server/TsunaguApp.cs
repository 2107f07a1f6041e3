namespace Tsunagu.Server;

/// <summary>Builds the Tsunagu web application: services first, then the request pipeline and endpoints.</summary>
public static class TsunaguApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })).AllowAnonymous();
        return app;
    }
}
