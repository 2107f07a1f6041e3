namespace Tsunagu.Domain.Consent;

/// <summary>
/// How long a viewing consent lasts. The national service keeps one for 24 hours (e.g. PharmacistsInfoConsTime
/// 20230221174835 → PharmacistsInfoAvailableTime 20230222174835); a deployment may configure another span.
/// </summary>
public sealed record ConsentPolicy(TimeSpan Validity)
{
    public static ConsentPolicy National { get; } = new(TimeSpan.FromHours(24));

    /// <summary>Answers the one question later services ask: may this facility see this scope of this person now?</summary>
    public static bool MaySee(IEnumerable<ConsentGrant> grants, string facilityCode, ConsentScope scope, DateTimeOffset now) =>
        grants.Any(g => g.Allows(facilityCode, scope, now));
}
