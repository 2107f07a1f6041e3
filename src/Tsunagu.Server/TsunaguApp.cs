using Scalar.AspNetCore;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Consents;
using Tsunagu.Server.Demo;
using Tsunagu.Server.Eligibility;
using Tsunagu.Server.Emergency;
using Tsunagu.Server.Errors;
using Tsunagu.Server.Fhir;
using Tsunagu.Server.Health;
using Tsunagu.Server.Hosting;
using Tsunagu.Server.Organizations;
using Tsunagu.Server.Prescriptions;
using Tsunagu.Server.Prescriptions.Cds;
using Tsunagu.Server.PublicExpense;
using Tsunagu.Storage;
using Tsunagu.Storage.Migrations;

namespace Tsunagu.Server;

/// <summary>
/// Builds the Tsunagu web application: read settings, open and migrate the database, register services, then the
/// request pipeline and one group of endpoints per service.
/// </summary>
public static class TsunaguApp
{
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <remarks>
    /// The content root (appsettings.json) is the application's own folder; the working directory stays where the server
    /// was started, so a relative TSUNAGU_DATA such as the default ./data means the same folder to the server and the CLI.
    /// </remarks>
    /// <param name="configure">Overrides applied after configuration is read (tests use it).</param>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<TsunaguOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddTsunaguEnvironment();
        var options = TsunaguConfiguration.Read(builder.Configuration);
        configure?.Invoke(options);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MemberEndpoints.MaxBodyBytes);
        var database = await DatabaseFactory.OpenAsync(options.Database, options.DataFolder);
        await new MigrationRunner(database, TimeProvider.System).MigrateAsync();
        builder.Services.AddTsunaguCore(options, database).AddTsunaguWeb(options);

        var app = builder.Build();
        app.UseTsunaguErrors();
        app.UseRouting();
        app.UseMiddleware<BodySizeLimitMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapTsunaguEndpoints();
        EndpointRules.EnsureEveryEndpointDeclaresWhoMayCall(app);
        var demo = await app.Services.GetRequiredService<DemoSeeder>().SeedOnFirstStartAsync();
        app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(StartupBanner.Render(
            app.Urls.First(), database, options, app.Services.GetRequiredService<AdminCredentials>(), demo ?? DemoCredentialsFile.TryRead(options.DataFolder))));
        return app;
    }

    public static void MapTsunaguEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthEndpoints();
        app.MapFhirEndpoints();
        app.MapTokenEndpoints();
        app.MapOrganizationEndpoints();
        app.MapMemberEndpoints();
        app.MapEligibilityEndpoints();
        app.MapEligibilityXmlEndpoints();
        app.MapEmergencyEndpoints();
        app.MapPublicExpenseEndpoints();
        app.MapConsentEndpoints();
        app.MapPrescriptionEndpoints();
        app.MapDispensingEndpoints();
        app.MapCdsHooksEndpoints();
        app.MapAuditEndpoints();
        app.MapOpenApi().AllowAnyone();
        app.MapScalarApiReference("/api", scalar => scalar.WithTitle("Tsunagu API")).AllowAnyone();
    }
}
