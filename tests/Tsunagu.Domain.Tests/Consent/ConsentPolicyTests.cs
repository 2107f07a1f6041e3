using Tsunagu.Domain.Consent;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Consent;

public sealed class ConsentPolicyTests
{
    private static readonly DateTimeOffset Now = ConsentGrants.GrantedAt.AddHours(1);

    [Fact]
    public void The_national_policy_keeps_a_consent_for_24_hours_as_the_eligibility_service_does()
    {
        Assert.Equal(TimeSpan.FromHours(24), ConsentPolicy.National.Validity);

        // PharmacistsInfoConsTime 20230221174835 → PharmacistsInfoAvailableTime 20230222174835
        Assert.Equal(new DateTimeOffset(2023, 2, 22, 17, 48, 35, TimeSpan.FromHours(9)), ConsentGrants.GrantedAt + ConsentPolicy.National.Validity);
    }

    [Fact]
    public void A_facility_may_see_a_scope_when_any_of_the_grants_allows_it()
    {
        var grants = new[]
        {
            ConsentGrants.Medication() with { Id = 1, FacilityCode = ConsentGrants.OtherFacility },
            ConsentGrants.Medication() with { Id = 2, Scopes = ConsentScope.Checkup },
            ConsentGrants.Medication() with { Id = 3 },
        };

        Assert.True(ConsentPolicy.MaySee(grants, ConsentGrants.Facility, ConsentScope.Medication, Now));
        Assert.True(ConsentPolicy.MaySee(grants, ConsentGrants.Facility, ConsentScope.Checkup, Now));
        Assert.True(ConsentPolicy.MaySee(grants, ConsentGrants.OtherFacility, ConsentScope.Clinical, Now));
    }

    [Fact]
    public void A_facility_may_not_see_what_no_grant_allows()
    {
        var grants = new[]
        {
            ConsentGrants.Medication() with { FacilityCode = ConsentGrants.OtherFacility },
            ConsentGrants.Medication(revokedAt: Now.AddMinutes(-5)),
            ConsentGrants.Medication() with { ExpiresAt = Now },
            ConsentGrants.Medication() with { GrantedAt = Now.AddMinutes(1) },
        };

        Assert.False(ConsentPolicy.MaySee(grants, ConsentGrants.Facility, ConsentScope.Medication, Now));
        Assert.False(ConsentPolicy.MaySee(grants, ConsentGrants.Facility, ConsentScope.Surgery, Now));
    }

    [Fact]
    public void Without_grants_nothing_may_be_seen() =>
        Assert.False(ConsentPolicy.MaySee([], ConsentGrants.Facility, ConsentScope.Medication, Now));

    [Fact]
    public void A_deployment_may_configure_another_validity() =>
        Assert.Equal(TimeSpan.FromHours(8), new ConsentPolicy(TimeSpan.FromHours(8)).Validity);
}
