using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Organizations;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Makes the demo facilities: the national mix of kinds (<see cref="FacilityKindMix"/>) spread over the 47 prefectures in
/// proportion to their population, at least one in each when there are 47 or more, in prefecture order.
/// </summary>
internal static class FacilityGenerator
{
    private const double LargeChainShare = 1.0 / 3;

    public static IReadOnlyList<Organization> Generate(int count, int seed)
    {
        var random = new DemoRandom(seed, RandomStream.Facilities);
        var kinds = ShuffledKinds(count, random);
        var perPrefecture = Apportionment.Split(count, PrefecturePopulation.Weights, minimum: 1);
        var codes = new FacilityCodeAllocator();
        var facilities = new List<Organization>(count);
        foreach (var prefecture in Prefectures.All)
        {
            for (var i = 0; i < perPrefecture[prefecture.Code - 1]; i++)
            {
                var municipality = Geography.PickMunicipality(prefecture, random);
                facilities.Add(Create(kinds[facilities.Count], municipality, codes, random));
            }
        }

        return facilities;
    }

    /// <summary>Exactly the national proportions (largest remainder), in random order.</summary>
    private static OrganizationKind[] ShuffledKinds(int count, DemoRandom random)
    {
        var counts = Apportionment.Split(count, FacilityKindMix.NationalCounts);
        var kinds = new OrganizationKind[count];
        var next = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            Array.Fill(kinds, FacilityKindMix.Kinds[k], next, counts[k]);
            next += counts[k];
        }

        random.Shuffle(kinds);
        return kinds;
    }

    private static Organization Create(OrganizationKind kind, DemoMunicipality municipality, FacilityCodeAllocator codes, DemoRandom random)
    {
        var code = codes.Next(municipality, kind.ExpectedFeeScoreTable()!.Value, random);
        switch (kind)
        {
            case OrganizationKind.Hospital:
                var beds = HospitalBeds.ForHospital(random);
                return new Organization(code, kind, FacilityNamer.Hospital(municipality, beds, random), municipality.Prefecture, beds, false);
            case OrganizationKind.Clinic:
                return new Organization(code, kind, FacilityNamer.Clinic(municipality, random), municipality.Prefecture, HospitalBeds.ForClinic(random), false);
            case OrganizationKind.Dental:
                return new Organization(code, kind, FacilityNamer.Dental(municipality, random), municipality.Prefecture, null, false);
            case OrganizationKind.Pharmacy:
                var chain = random.Chance(LargeChainShare);
                return new Organization(code, kind, FacilityNamer.Pharmacy(municipality, chain, random), municipality.Prefecture, null, chain);
            default:
                return new Organization(code, kind, FacilityNamer.VisitingNursing(municipality, random), municipality.Prefecture, null, false);
        }
    }
}
