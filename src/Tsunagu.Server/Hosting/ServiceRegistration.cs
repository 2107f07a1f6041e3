using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Tsunagu.Domain.Consent;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Consents;
using Tsunagu.Server.Demo;
using Tsunagu.Server.Demo.Drugs;
using Tsunagu.Server.Eligibility;
using Tsunagu.Server.Emergency;
using Tsunagu.Server.Fhir;
using Tsunagu.Server.Organizations;
using Tsunagu.Server.People;
using Tsunagu.Server.Prescriptions;
using Tsunagu.Server.PublicExpense;
using Tsunagu.Storage;
using Tsunagu.Storage.Audit;
using Tsunagu.Storage.Clients;
using Tsunagu.Storage.Consent;
using Tsunagu.Storage.Eligibility;
using Tsunagu.Storage.Pki;
using Tsunagu.Storage.Drugs;
using Tsunagu.Storage.Organizations;
using Tsunagu.Storage.People;

namespace Tsunagu.Server.Hosting;

/// <summary>Registers Tsunagu's services. Everything is a singleton: handlers keep no per-request state.</summary>
public static class ServiceRegistration
{
    /// <summary>The services that need no web host: stores, handlers, the audit trail (also used by the CLI).</summary>
    public static IServiceCollection AddTsunaguCore(this IServiceCollection services, TsunaguOptions options, Database database)
    {
        services.AddSingleton(options);
        services.AddSingleton(database);
        services.AddSingleton(options.Clock);
        services.AddSingleton(new ConsentPolicy(options.ConsentValidity));
        services.AddSingleton<OrganizationStore>();
        services.AddSingleton<ApiClientStore>();
        services.AddSingleton<CoverageStore>();
        services.AddSingleton<ConsentStore>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<DrugStore>();
        services.AddSingleton<DrugCatalogSource>();
        services.AddSingleton(new AuditAppender(database, options.AuditChain));
        services.AddSingleton<AuditTrail>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditTrail>());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ForbiddenCallAuditor>();
        services.AddSingleton<PatientResolver>();
        services.AddSingleton<OrganizationRegistrar>();
        services.AddSingleton<MemberLoader>();
        services.AddSingleton<ConsentService>();
        services.AddSingleton<CardLinkStore>();
        services.AddSingleton<NonceStore>();
        services.AddSingleton<PublicExpenseStore>();
        services.AddSingleton<CardLookup>();
        services.AddSingleton<UsageCountStore>();
        services.AddSingleton<InsurerDirectory>();
        services.AddSingleton<UsageCounter>();
        services.AddHostedService(provider => provider.GetRequiredService<UsageCounter>());
        services.AddSingleton<EligibilityService>();
        services.AddSingleton(TrustStore.ForDataFolder(options.DataFolder));
        services.AddSingleton<NonceService>();
        services.AddSingleton<CardAssertionVerifier>();
        services.AddSingleton<CardLinkService>();
        services.AddSingleton<EmergencyAccessService>();
        services.AddSingleton<BulkCheckStore>();
        services.AddSingleton<BulkCheckService>();
        services.AddSingleton<PublicExpenseLoader>();
        services.AddTsunaguPrescriptions();
        services.AddSingleton<DemoLoader>();
        services.AddSingleton<DemoDrugLoader>();
        services.AddSingleton<DemoClientFactory>();
        services.AddSingleton<DemoSeeder>();
        return services;
    }

    public static IServiceCollection AddTsunaguWeb(this IServiceCollection services, TsunaguOptions options)
    {
        var keys = new SigningKeyRing(Path.Combine(options.DataFolder, "keys"), TimeProvider.System);
        services.AddSingleton(keys);
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton(new AdminCredentials(options.AdminSecret, options.DataFolder));
        services.AddSingleton<FhirCapabilities>();
        services.AddHostedService<BulkCheckWorker>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenHandlers.Clear();
            jwt.TokenHandlers.Add(new CachedTokenHandler(keys));
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = TokenClaims.Issuer,
                ValidAudience = TokenClaims.Audience,
                IssuerSigningKeyResolver = (_, _, _, _) => keys.All,
                NameClaimType = TokenClaims.Subject,
                RoleClaimType = TokenClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        services.AddAuthorization();
        services.AddTsunaguRateLimits(options);
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Encoder = ServerJson.ReadableEncoder;
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, EligibilityJson.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, PrescriptionJson.Default);
            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer<BearerSecurityTransformer>());
        return services;
    }
}
