namespace Tsunagu.Formats.Pki;

/// <summary>A certificate's validity period (有効期間), both ends inclusive, kept to whole seconds as X.509 stores them.</summary>
public sealed record CertificateValidity
{
    public CertificateValidity(DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        NotBefore = TruncateToSeconds(notBefore);
        NotAfter = TruncateToSeconds(notAfter);
    }

    public DateTimeOffset NotBefore { get; }

    public DateTimeOffset NotAfter { get; }

    /// <summary>True when the period is not inverted.</summary>
    public bool IsOrdered => NotBefore <= NotAfter;

    /// <summary>The default for end-entity certificates: two years starting at <paramref name="now"/>.</summary>
    public static CertificateValidity TwoYearsFrom(DateTimeOffset now) => new(now, now.AddYears(2));

    /// <summary>
    /// The default for the test CAs: from five years before <paramref name="now"/> to twenty years after,
    /// so that already-expired certificates can still be issued for tests and demonstrations.
    /// </summary>
    public static CertificateValidity ForTestAuthority(DateTimeOffset now) => new(now.AddYears(-5), now.AddYears(20));

    /// <summary>True when this period lies within <paramref name="outer"/>.</summary>
    public bool IsWithin(CertificateValidity outer) => NotBefore >= outer.NotBefore && NotAfter <= outer.NotAfter;

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
