namespace Tsunagu.Server.Hosting;

/// <summary>
/// The server's settings. Each is read from a TSUNAGU_* environment variable first, then from configuration
/// (appsettings or command line, section "Tsunagu"), then defaults to a value that works on a laptop.
/// </summary>
public sealed class TsunaguOptions
{
    /// <summary>TSUNAGU_DATA: the data folder (SQLite file, keys, test PKI, demo clients). Default ./data.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>TSUNAGU_DB: a PostgreSQL connection string; absent means a SQLite file in the data folder.</summary>
    public string? Database { get; set; }

    /// <summary>TSUNAGU_ADMIN_SECRET: secret of the built-in admin client. When absent one is generated and kept in the data folder.</summary>
    public string? AdminSecret { get; set; }

    /// <summary>TSUNAGU_DEMO: create demo data on first start.</summary>
    public bool Demo { get; set; }

    /// <summary>TSUNAGU_DEMO_PEOPLE / TSUNAGU_DEMO_FACILITIES / TSUNAGU_DEMO_HISTORY: size of the first-start demo set.</summary>
    public int DemoPeople { get; set; } = 2_000;

    public int DemoFacilities { get; set; } = 200;

    /// <summary>Medication-history entries (drug lines) per demo person on average.</summary>
    public int DemoHistory { get; set; } = 10;

    /// <summary>TSUNAGU_CONSENT_HOURS: how long a viewing consent lasts (the national service: 24 hours).</summary>
    public double ConsentHours { get; set; } = 24;

    /// <summary>TSUNAGU_EMERGENCY_MINUTES: how long an emergency access (救急時医療情報閲覧) lets a hospital view without consent.</summary>
    public double EmergencyMinutes { get; set; } = 60;

    /// <summary>TSUNAGU_TOKEN_MINUTES: lifetime of an access token.</summary>
    public int TokenMinutes { get; set; } = 60;

    /// <summary>TSUNAGU_RATE_LIMIT: requests per second allowed to one client (a token bucket, burst of twice that).</summary>
    public int RateLimitPerSecond { get; set; } = 1_000;

    /// <summary>TSUNAGU_MAX_BODY_BYTES: the default request body limit; endpoints that take bulk loads declare a larger one.</summary>
    public long MaxBodyBytes { get; set; } = 1 << 20;

    /// <summary>
    /// TSUNAGU_AUDIT_READS_FLUSHED: flush the audit records of reads to disk before answering (default false: they are
    /// committed, surviving a crash of the server, but a power loss can drop the last moment of them; see ADR 0003).
    /// </summary>
    public bool AuditReadsFlushed { get; set; }

    /// <summary>TSUNAGU_AUDIT_CHAIN: the name of this instance's audit chain (default: the machine name).</summary>
    public string AuditChain { get; set; } = Environment.MachineName;

    /// <summary>The clock every rule counts days and expiries with (not configurable: tests move it to a later day).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public TimeSpan ConsentValidity => TimeSpan.FromHours(ConsentHours);
}
