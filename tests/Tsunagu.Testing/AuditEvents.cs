using Tsunagu.Domain.Audit;

namespace Tsunagu.Testing;

/// <summary>Audit events of a day's eligibility checks at one clinic.</summary>
public static class AuditEvents
{
    /// <summary>The clinic that makes the checks.</summary>
    public const string Clinic = "1310123458";

    /// <summary>When the day starts: event <c>n</c> happens <c>n</c> minutes later.</summary>
    public static readonly DateTimeOffset Start = new(2025, 4, 1, 9, 0, 0, TimeSpan.FromHours(9));

    /// <summary>The <paramref name="n"/>th access of the day, about person 1000 + <paramref name="n"/>.</summary>
    public static AuditEvent Numbered(int n) => new(
        Start.AddMinutes(n),
        Clinic,
        "clinic-emr",
        1000 + n,
        $"33120015:12-34:{4260 + n}:01",
        "eligibility.check",
        AuditReason.Care,
        AuditOutcome.Success,
        $"check {n}");
}
