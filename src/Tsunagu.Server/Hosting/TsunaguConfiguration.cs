namespace Tsunagu.Server.Hosting;

/// <summary>Maps the documented TSUNAGU_* environment variables onto <see cref="TsunaguOptions"/>.</summary>
public static class TsunaguConfiguration
{
    private static readonly (string Variable, string Key)[] Variables =
    [
        ("TSUNAGU_DATA", nameof(TsunaguOptions.DataFolder)),
        ("TSUNAGU_DB", nameof(TsunaguOptions.Database)),
        ("TSUNAGU_ADMIN_SECRET", nameof(TsunaguOptions.AdminSecret)),
        ("TSUNAGU_DEMO", nameof(TsunaguOptions.Demo)),
        ("TSUNAGU_DEMO_PEOPLE", nameof(TsunaguOptions.DemoPeople)),
        ("TSUNAGU_DEMO_FACILITIES", nameof(TsunaguOptions.DemoFacilities)),
        ("TSUNAGU_DEMO_HISTORY", nameof(TsunaguOptions.DemoHistory)),
        ("TSUNAGU_CONSENT_HOURS", nameof(TsunaguOptions.ConsentHours)),
        ("TSUNAGU_EMERGENCY_MINUTES", nameof(TsunaguOptions.EmergencyMinutes)),
        ("TSUNAGU_TOKEN_MINUTES", nameof(TsunaguOptions.TokenMinutes)),
        ("TSUNAGU_RATE_LIMIT", nameof(TsunaguOptions.RateLimitPerSecond)),
        ("TSUNAGU_MAX_BODY_BYTES", nameof(TsunaguOptions.MaxBodyBytes)),
        ("TSUNAGU_AUDIT_CHAIN", nameof(TsunaguOptions.AuditChain)),
        ("TSUNAGU_AUDIT_READS_FLUSHED", nameof(TsunaguOptions.AuditReadsFlushed)),
    ];

    public const string Section = "Tsunagu";

    /// <summary>Adds the environment variables as configuration keys "Tsunagu:*" (they win over appsettings).</summary>
    public static IConfigurationBuilder AddTsunaguEnvironment(this IConfigurationBuilder configuration)
    {
        var values = Variables
            .Select(v => (Key: $"{Section}:{v.Key}", Value: Environment.GetEnvironmentVariable(v.Variable)))
            .Where(v => !string.IsNullOrEmpty(v.Value))
            .ToDictionary(v => v.Key, v => v.Value);
        return configuration.AddInMemoryCollection(values);
    }

    public static TsunaguOptions Read(IConfiguration configuration)
    {
        var options = new TsunaguOptions();
        configuration.GetSection(Section).Bind(options);
        return options;
    }
}
