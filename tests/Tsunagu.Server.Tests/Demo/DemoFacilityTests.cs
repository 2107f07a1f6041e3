using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Organizations;

namespace Tsunagu.Server.Tests.Demo;

public sealed class DemoFacilityTests
{
    private static readonly IReadOnlyList<Organization> Facilities = DemoSamples.Generator(people: 0, facilities: 10_000).Facilities;

    [Fact]
    public void Exactly_the_requested_number_of_facilities_is_made()
    {
        Assert.Equal(10_000, Facilities.Count);
        Assert.All(Facilities, f => Assert.True(f.Kind.IsFacility()));
    }

    [Fact]
    public void Every_facility_passes_registration_unchanged()
    {
        Assert.All(Facilities, facility =>
        {
            var result = OrganizationRegistration.Validate(
                new OrganizationDraft(facility.Kind.WireName(), facility.Code, facility.Name, facility.Beds, facility.LargeChain));

            Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{facility.Code} {e.Field} {e.Error.Code}")));
            Assert.Equal(facility, result.Value);
        });
    }

    [Fact]
    public void Every_prefecture_has_a_facility_when_there_are_47()
    {
        var facilities = DemoSamples.Generator(people: 0, facilities: 47).Facilities;

        Assert.Equal(Enumerable.Range(1, 47), facilities.Select(f => f.Prefecture.Code).Order());
    }

    [Fact]
    public void Facilities_are_spread_in_proportion_to_population()
    {
        var byPrefecture = Facilities.CountBy(f => f.Prefecture.Code).ToDictionary();
        var population = Prefectures.All.ToDictionary(p => p.Code, p => PopulationShare(p.Code));

        Assert.Equal(47, byPrefecture.Count);
        Assert.Equal(13, byPrefecture.MaxBy(pair => pair.Value).Key);
        Assert.All(byPrefecture, pair => Assert.InRange(pair.Value, (population[pair.Key] * 10_000 * 0.95) - 2, (population[pair.Key] * 10_000 * 1.05) + 2));
    }

    [Fact]
    public void The_kinds_follow_the_national_mix()
    {
        var national = new Dictionary<OrganizationKind, double>
        {
            [OrganizationKind.Hospital] = 7_943,
            [OrganizationKind.Clinic] = 83_125,
            [OrganizationKind.Dental] = 60_645,
            [OrganizationKind.Pharmacy] = 60_856,
            [OrganizationKind.VisitingNursing] = 15_000,
        };
        var total = national.Values.Sum();

        foreach (var (kind, count) in national)
        {
            Assert.InRange(Facilities.Count(f => f.Kind == kind), (10_000 * count / total) - 1, (10_000 * count / total) + 1);
        }
    }

    [Fact]
    public void Facility_codes_carry_the_fee_table_digit_of_their_kind()
    {
        Assert.All(Facilities, f => Assert.Equal(f.Kind.ExpectedFeeScoreTable(), FacilityCode.Parse(f.Code).Value!.FeeScoreTable));
    }

    [Fact]
    public void Hospitals_are_mostly_small_with_a_few_large_ones()
    {
        var beds = Facilities.Where(f => f.Kind == OrganizationKind.Hospital).Select(f => f.Beds!.Value).Order().ToList();

        Assert.All(beds, b => Assert.InRange(b, 20, 1_000));
        Assert.True(beds[beds.Count / 2] < 200, $"median {beds[beds.Count / 2]}");
        Assert.Contains(beds, b => b >= 400);
    }

    [Fact]
    public void Some_clinics_have_beds_and_about_a_third_of_pharmacies_belong_to_large_chains()
    {
        var clinicBeds = Facilities.Where(f => f.Kind == OrganizationKind.Clinic && f.Beds is not null).Select(f => f.Beds!.Value).ToList();
        var pharmacies = Facilities.Where(f => f.Kind == OrganizationKind.Pharmacy).ToList();

        Assert.NotEmpty(clinicBeds);
        Assert.All(clinicBeds, b => Assert.InRange(b, 0, 19));
        Assert.InRange(pharmacies.Count(p => p.LargeChain) / (double)pharmacies.Count, 0.28, 0.39);
    }

    /// <summary>2020 census populations in thousands, restated here so that the test checks the generator's table.</summary>
    private static double PopulationShare(int prefectureCode)
    {
        int[] thousands =
        [
            5225, 1238, 1211, 2302, 960, 1068, 1833, 2867, 1933, 1939, 7345, 6284, 14048, 9237, 2201, 1035, 1133, 767, 810, 2048,
            1979, 3633, 7542, 1770, 1414, 2578, 8838, 5465, 1324, 923, 553, 671, 1888, 2800, 1342, 720, 950, 1335, 692, 5135,
            811, 1312, 1738, 1124, 1070, 1588, 1467,
        ];
        return thousands[prefectureCode - 1] / (double)thousands.Sum();
    }
}
