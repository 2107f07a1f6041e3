namespace Tsunagu.Domain.Consent;

/// <summary>
/// A patient's consent that one facility may view some scopes of their information until it expires or is revoked —
/// or, with <see cref="ConsentMethod.Emergency"/>, a hospital's emergency access with its <see cref="Reason"/>.
/// </summary>
public sealed record ConsentGrant(
    long Id,
    long PersonId,
    string FacilityCode,
    ConsentScope Scopes,
    ConsentMethod Method,
    DateTimeOffset GrantedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? Reason = null)
{
    /// <summary>True when this grant lets <paramref name="facilityCode"/> view <paramref name="scope"/> at <paramref name="at"/>.</summary>
    public bool Allows(string facilityCode, ConsentScope scope, DateTimeOffset at) =>
        FacilityCode == facilityCode
        && scope != ConsentScope.None
        && Scopes.HasFlag(scope)
        && GrantedAt <= at && at < ExpiresAt
        && RevokedAt is null;
}
