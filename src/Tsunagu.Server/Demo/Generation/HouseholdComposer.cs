using Tsunagu.Domain.People;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Composes demo households: a head whose age follows the census pyramid, a household type that fits that age (young
/// singles, families with children in their thirties and forties, elderly couples), and a spouse, children and sometimes
/// a parent, all sharing the head's surname (夫婦同氏) and address.
/// </summary>
internal sealed class HouseholdComposer(DateOnly today)
{
    private const int MaxAge = 104;
    private const int MaxDependentChildAge = 22;

    /// <summary>Weights of each <see cref="HouseholdShape"/> by the head's decade: 20s, 30s, 40s, 50s, 60s, 70 and over.</summary>
    private static readonly WeightedChoice[] ShapesByDecade =
    [
        new([70, 15, 12, 3, 0]),
        new([35, 15, 42, 8, 0]),
        new([28, 12, 48, 9, 3]),
        new([28, 25, 33, 7, 7]),
        new([32, 52, 8, 3, 5]),
        new([42, 58, 0, 0, 0]),
    ];

    private static readonly WeightedChoice ChildCount = new([40, 45, 15]);

    public Household Compose(DemoRandom random)
    {
        var prefecture = Geography.PickPrefecture(random);
        var municipality = Geography.PickMunicipality(prefecture, random);
        var surname = PersonNamer.Surname(prefecture, random);
        var headAge = AgePyramid.HeadAge(random);
        var shape = (HouseholdShape)ShapesByDecade[Math.Min(headAge / 10, 7) - 2].Pick(random);
        var headSex = HeadSex(shape, headAge, random);
        var members = new List<HouseholdMember>(4) { Member(headSex, headAge, surname, random) };
        if (shape is HouseholdShape.Couple or HouseholdShape.CoupleWithChildren or HouseholdShape.ThreeGenerations)
        {
            members.Add(Member(Opposite(headSex), SpouseAge(headAge, headSex, random), surname, random));
        }

        if (shape is HouseholdShape.CoupleWithChildren or HouseholdShape.SingleParent or HouseholdShape.ThreeGenerations)
        {
            AddChildren(members, headAge, surname, random);
        }

        if (shape is HouseholdShape.ThreeGenerations)
        {
            var parentAge = Math.Min(headAge + random.Between(24, 36), MaxAge);
            members.Add(Member(random.Chance(0.7) ? Sex.Female : Sex.Male, parentAge, surname, random));
        }

        return new Household(municipality, AddressMaker.Make(municipality, random), members);
    }

    private static Sex HeadSex(HouseholdShape shape, int age, DemoRandom random)
    {
        var maleShare = shape switch
        {
            HouseholdShape.Single => age < 60 ? 0.55 : 0.4,
            HouseholdShape.SingleParent => 0.15,
            _ => 0.85,
        };
        return random.Chance(maleShare) ? Sex.Male : Sex.Female;
    }

    private static Sex Opposite(Sex sex) => sex == Sex.Male ? Sex.Female : Sex.Male;

    /// <summary>Husbands are usually a few years older than their wives.</summary>
    private static int SpouseAge(int headAge, Sex headSex, DemoRandom random)
    {
        var gap = random.Between(-2, 6);
        return Math.Clamp(headSex == Sex.Male ? headAge - gap : headAge + gap, 20, MaxAge);
    }

    /// <summary>Children born when the head was 24 to 40, still of dependent age (22 or younger).</summary>
    private void AddChildren(List<HouseholdMember> members, int headAge, NameEntry surname, DemoRandom random)
    {
        var count = ChildCount.Pick(random) + 1;
        for (var i = 0; i < count; i++)
        {
            var age = headAge - random.Between(24, 40);
            if (age is >= 0 and <= MaxDependentChildAge)
            {
                members.Add(Member(random.Chance(0.51) ? Sex.Male : Sex.Female, age, surname, random));
            }
        }
    }

    private HouseholdMember Member(Sex sex, int age, NameEntry surname, DemoRandom random)
    {
        var birthdate = today.AddYears(-age).AddDays(-random.Next(365));
        var given = PersonNamer.GivenName(sex, birthdate.Year, random);
        return new HouseholdMember(
            sex, birthdate, age, string.Concat(surname.Kanji, "\u3000", given.Kanji), string.Concat(surname.Kana, "\u3000", given.Kana));
    }
}
