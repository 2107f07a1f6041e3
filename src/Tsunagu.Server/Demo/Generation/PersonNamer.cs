using Tsunagu.Domain.Codes;
using Tsunagu.Domain.People;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Picks Japanese names: surnames weighted by rank (佐藤 most often), with 沖縄県's own surnames mixed in there;
/// given names by sex and by the generation the person was born in.
/// </summary>
internal static class PersonNamer
{
    private const double OkinawanShare = 0.4;
    private const int Okinawa = 47;

    private static readonly WeightedChoice SurnameChoice = new(
        Enumerable.Range(0, Surnames.Common.Count).Select(rank => 1.0 / (rank + 10)).ToArray());

    public static NameEntry Surname(Prefecture prefecture, DemoRandom random) =>
        prefecture.Code == Okinawa && random.Chance(OkinawanShare)
            ? random.Pick(Surnames.Okinawa)
            : Surnames.Common[SurnameChoice.Pick(random)];

    /// <summary>Older names for those born before 1970, newer ones from 1985, either in between.</summary>
    public static NameEntry GivenName(Sex sex, int birthYear, DemoRandom random)
    {
        var older = birthYear < 1970 || (birthYear < 1985 && random.Chance(0.5));
        var names = sex == Sex.Male
            ? older ? MaleGivenNames.Older : MaleGivenNames.Younger
            : older ? FemaleGivenNames.Older : FemaleGivenNames.Younger;
        return random.Pick(names);
    }
}
