namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Realistic names for demo facilities: 東京中央病院, 田中整形外科病院, さくら内科クリニック, 山本歯科医院,
/// みどり薬局　港店, ひまわり訪問看護ステーション. A branch follows its brand after a full-width space.
/// </summary>
internal static class FacilityNamer
{
    private const int LargeHospitalBeds = 300;

    public static string Hospital(DemoMunicipality municipality, int beds, DemoRandom random)
    {
        if (beds < LargeHospitalBeds)
        {
            var head = random.Chance(0.6) ? Surname(random) : random.Chance(0.5) ? municipality.Stem : Friendly(random);
            return head + random.Pick(FacilityNameParts.SmallHospitalEndings);
        }

        if (municipality.Name.EndsWith('市') && random.Chance(0.2))
        {
            return municipality.Name + "民病院";
        }

        var place = random.Chance(0.5) ? Geography.Stem(municipality.Prefecture) : municipality.Stem;
        return place + random.Pick(FacilityNameParts.LargeHospitalEndings);
    }

    public static string Clinic(DemoMunicipality municipality, DemoRandom random) => random.Next(5) switch
    {
        0 => Friendly(random) + Specialty(random) + "クリニック",
        1 => Surname(random) + Specialty(random) + "医院",
        2 => Surname(random) + Specialty(random) + "クリニック",
        3 => municipality.Stem + "駅前" + Specialty(random) + "クリニック",
        _ => Surname(random) + "医院",
    };

    public static string Dental(DemoMunicipality municipality, DemoRandom random) => random.Next(5) switch
    {
        0 => Surname(random) + "歯科医院",
        1 => Surname(random) + "歯科クリニック",
        2 => Friendly(random) + "歯科",
        3 => municipality.Stem + "デンタルクリニック",
        _ => Friendly(random) + "こども歯科",
    };

    public static string Pharmacy(DemoMunicipality municipality, bool largeChain, DemoRandom random)
    {
        if (largeChain)
        {
            return Branch(random.Pick(FacilityNameParts.PharmacyChains), municipality, random);
        }

        return random.Next(4) switch
        {
            0 => Surname(random) + "薬局",
            1 => Friendly(random) + "薬局",
            2 => Branch(Friendly(random) + "薬局", municipality, random),
            _ => municipality.Stem + "中央薬局",
        };
    }

    public static string VisitingNursing(DemoMunicipality municipality, DemoRandom random) => random.Next(3) switch
    {
        0 => Friendly(random) + "訪問看護ステーション",
        1 => "訪問看護ステーション" + Friendly(random),
        _ => municipality.Stem + "訪問看護ステーション",
    };

    private static string Branch(string brand, DemoMunicipality municipality, DemoRandom random) => random.Next(3) switch
    {
        0 => brand + "\u3000" + municipality.Stem + "店",
        1 => brand + "\u3000" + municipality.Stem + "駅前店",
        _ => brand + "\u3000" + random.Pick(AddressParts.Towns) + "店",
    };

    private static string Surname(DemoRandom random) => random.Pick(Surnames.Common).Kanji;

    private static string Friendly(DemoRandom random) => random.Pick(FacilityNameParts.Friendly);

    private static string Specialty(DemoRandom random) => random.Pick(FacilityNameParts.Specialties);
}
