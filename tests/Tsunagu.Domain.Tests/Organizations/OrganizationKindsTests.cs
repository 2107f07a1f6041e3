using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Organizations;

namespace Tsunagu.Domain.Tests.Organizations;

public sealed class OrganizationKindsTests
{
    [Theory]
    [InlineData(OrganizationKind.Hospital, "hospital")]
    [InlineData(OrganizationKind.Clinic, "clinic")]
    [InlineData(OrganizationKind.Dental, "dental")]
    [InlineData(OrganizationKind.Pharmacy, "pharmacy")]
    [InlineData(OrganizationKind.VisitingNursing, "visiting-nursing")]
    [InlineData(OrganizationKind.Insurer, "insurer")]
    [InlineData(OrganizationKind.Municipality, "municipality")]
    public void Each_kind_has_its_wire_name_and_is_read_back_from_it(OrganizationKind kind, string wireName)
    {
        Assert.Equal(wireName, kind.WireName());
        Assert.True(OrganizationKinds.TryParse(wireName, out var parsed));
        Assert.Equal(kind, parsed);
        Assert.Equal(kind, OrganizationKinds.Parse(wireName));
        Assert.True(OrganizationKinds.IsKnown(wireName));
    }

    [Fact]
    public void The_wire_names_are_exactly_those_of_the_kinds() =>
        Assert.Equal(
            Enum.GetValues<OrganizationKind>().Select(k => k.WireName()).Order(StringComparer.Ordinal),
            OrganizationKinds.WireNames.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Hospital")]
    [InlineData("VisitingNursing")]
    [InlineData("visiting_nursing")]
    [InlineData("pharmacy ")]
    public void A_name_that_is_not_a_wire_name_is_not_a_kind(string? wireName)
    {
        Assert.False(OrganizationKinds.TryParse(wireName, out _));
        Assert.False(OrganizationKinds.IsKnown(wireName));
    }

    [Fact]
    public void Parsing_an_unknown_name_from_a_trusted_source_throws() =>
        Assert.Throws<FormatException>(() => OrganizationKinds.Parse("doctor"));

    [Theory]
    [InlineData(OrganizationKind.Hospital, FeeScoreTable.Medical)]
    [InlineData(OrganizationKind.Clinic, FeeScoreTable.Medical)]
    [InlineData(OrganizationKind.Dental, FeeScoreTable.Dental)]
    [InlineData(OrganizationKind.Pharmacy, FeeScoreTable.Dispensing)]
    [InlineData(OrganizationKind.VisitingNursing, FeeScoreTable.VisitingNursing)]
    public void A_facility_kind_expects_its_fee_score_table(OrganizationKind kind, FeeScoreTable table)
    {
        Assert.True(kind.IsFacility());
        Assert.Equal(table, kind.ExpectedFeeScoreTable());
    }

    [Theory]
    [InlineData(OrganizationKind.Insurer)]
    [InlineData(OrganizationKind.Municipality)]
    public void Insurers_and_municipalities_are_not_facilities(OrganizationKind kind)
    {
        Assert.False(kind.IsFacility());
        Assert.Null(kind.ExpectedFeeScoreTable());
    }
}
