using Tsunagu.Domain.Consent;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Consent;

public sealed class ConsentGrantTests
{
    private static readonly DateTimeOffset Granted = ConsentGrants.GrantedAt;
    private static readonly DateTimeOffset Expires = Granted.AddHours(24);

    [Fact]
    public void A_grant_allows_its_facility_to_view_a_granted_scope_while_it_runs()
    {
        var grant = ConsentGrants.Medication();

        Assert.True(grant.Allows(ConsentGrants.Facility, ConsentScope.Medication, Granted));
        Assert.True(grant.Allows(ConsentGrants.Facility, ConsentScope.Clinical, Granted.AddHours(12)));
        Assert.True(grant.Allows(ConsentGrants.Facility, ConsentScope.Medication | ConsentScope.Clinical, Granted.AddHours(23)));
    }

    [Fact]
    public void A_grant_does_not_allow_another_facility() =>
        Assert.False(ConsentGrants.Medication().Allows(ConsentGrants.OtherFacility, ConsentScope.Medication, Granted.AddHours(1)));

    [Theory]
    [InlineData(ConsentScope.Checkup)]
    [InlineData(ConsentScope.Surgery)]
    [InlineData(ConsentScope.Medication | ConsentScope.Checkup)]
    [InlineData(ConsentScope.Medication | ConsentScope.Clinical | ConsentScope.Surgery)]
    public void A_grant_does_not_allow_a_scope_it_does_not_hold_in_full(ConsentScope scope) =>
        Assert.False(ConsentGrants.Medication().Allows(ConsentGrants.Facility, scope, Granted.AddHours(1)));

    [Fact]
    public void A_grant_allows_the_last_instant_before_it_expires_but_not_the_expiry_itself()
    {
        var grant = ConsentGrants.Medication();

        Assert.True(grant.Allows(ConsentGrants.Facility, ConsentScope.Medication, Expires.AddTicks(-1)));
        Assert.False(grant.Allows(ConsentGrants.Facility, ConsentScope.Medication, Expires));
        Assert.False(grant.Allows(ConsentGrants.Facility, ConsentScope.Medication, Expires.AddDays(1)));
    }

    [Fact]
    public void The_expiry_is_compared_as_an_instant_whatever_the_offset_it_is_asked_in()
    {
        var grant = ConsentGrants.Medication();

        Assert.False(grant.Allows(ConsentGrants.Facility, ConsentScope.Medication, Expires.ToUniversalTime()));
        Assert.True(grant.Allows(ConsentGrants.Facility, ConsentScope.Medication, Expires.ToUniversalTime().AddSeconds(-1)));
    }

    [Fact]
    public void A_grant_does_not_allow_viewing_before_it_was_given()
    {
        var grant = ConsentGrants.Medication();

        Assert.False(grant.Allows(ConsentGrants.Facility, ConsentScope.Medication, Granted.AddTicks(-1)));
        Assert.False(grant.Allows(ConsentGrants.Facility, ConsentScope.Medication, Granted.AddDays(-1)));
    }

    [Fact]
    public void A_revoked_grant_allows_nothing_more()
    {
        var grant = ConsentGrants.Medication(revokedAt: Granted.AddHours(2));

        Assert.False(grant.Allows(ConsentGrants.Facility, ConsentScope.Medication, Granted.AddHours(3)));
        Assert.False(grant.Allows(ConsentGrants.Facility, ConsentScope.Clinical, Expires.AddTicks(-1)));
    }
}
