using Tsunagu.Domain.Consent;

namespace Tsunagu.Domain.Tests.Support;

/// <summary>Consent grants given at the card reader of one clinic.</summary>
internal static class ConsentGrants
{
    public const string Facility = "1310123458";

    public const string OtherFacility = "1340123452";

    /// <summary>When the example consent was given (PharmacistsInfoConsTime 20230221174835, JST).</summary>
    public static readonly DateTimeOffset GrantedAt = new(2023, 2, 21, 17, 48, 35, TimeSpan.FromHours(9));

    /// <summary>Medication and clinical information for <see cref="Facility"/>, valid 24 hours from <see cref="GrantedAt"/>.</summary>
    public static ConsentGrant Medication(DateTimeOffset? revokedAt = null) =>
        new(1, 42, Facility, ConsentScope.Medication | ConsentScope.Clinical, ConsentMethod.Card, GrantedAt, GrantedAt.AddHours(24), revokedAt);
}
