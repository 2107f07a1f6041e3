using Tsunagu.Domain.Consent;

namespace Tsunagu.Server.Consents;

/// <summary>A consent as the API shows it.</summary>
public sealed record ConsentView(long Id, string FacilityCode, IReadOnlyList<string> Scopes, string Method, DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt)
{
    public static ConsentView From(ConsentGrant g) =>
        new(g.Id, g.FacilityCode, ConsentScopes.ToNames(g.Scopes), g.Method.ToString().ToLowerInvariant(), g.GrantedAt, g.ExpiresAt, g.RevokedAt);
}
