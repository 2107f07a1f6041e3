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

    /// <summary>
    /// Adds the environment variables as configuration keys "Tsunagu:*" (they win over appsettings), each read as its
    /// setting's type (<see cref="SettingText"/>); throws <see cref="InvalidSettingException"/> for a value that is not.
    /// </summary>
    /// <param name="environment">Where variables are read; the process environment unless given (tests give their own).</param>
    public static IConfigurationBuilder AddTsunaguEnvironment(this IConfigurationBuilder configuration, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var values = Variables
            .Select(v => (v.Variable, v.Key, Text: environment(v.Variable)))
            .Where(v => !string.IsNullOrEmpty(v.Text))
            .ToDictionary(v => $"{Section}:{v.Key}", v => (string?)SettingText.Normalize(v.Variable, SettingType(v.Key), v.Text!));
        return configuration.AddInMemoryCollection(values);
    }

    public static TsunaguOptions Read(IConfiguration configuration)
    {
        var options = new TsunaguOptions();
        configuration.GetSection(Section).Bind(options);
        return options;
    }

    private static Type SettingType(string key) => typeof(TsunaguOptions).GetProperty(key)!.PropertyType;
}
