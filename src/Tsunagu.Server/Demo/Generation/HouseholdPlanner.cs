namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Chooses the insurer of a household's members under 75 from the head's age. Working-age heads: 協会けんぽ 45%,
/// 健保組合 30%, 共済 9%, 国保 16%; heads of 65 to 74: mostly 国保 (75%). When the head is 75 or over the others are on
/// the municipality's 国保. About one employee household in twenty changed insurer within the last ten years.
/// </summary>
internal sealed class HouseholdPlanner(InsurerCatalog insurers, DateOnly today)
{
    private const double JobChangeShare = 0.05;

    private static readonly InsuranceScheme[] Schemes =
    [
        InsuranceScheme.KyokaiKenpo, InsuranceScheme.HealthInsuranceSociety, InsuranceScheme.MutualAid, InsuranceScheme.NationalHealthInsurance,
    ];

    private static readonly WeightedChoice WorkingAge = new([45, 30, 9, 16]);
    private static readonly WeightedChoice Retired = new([13, 9, 3, 75]);
    private static readonly WeightedChoice EarlierSchemes = new([45, 35, 0, 20]);

    public HouseholdPlan Plan(Household household, DemoRandom random)
    {
        var head = household.Head;
        var scheme = head.Age >= 75 ? InsuranceScheme.NationalHealthInsurance
            : Schemes[(head.Age < 65 ? WorkingAge : Retired).Pick(random)];
        var insurer = InsurerFor(scheme, household, random);
        var earliest = Dates.Later(head.Birthdate.AddYears(head.Age >= 65 ? 60 : 20), today.AddYears(-40));
        var changedJobs = scheme != InsuranceScheme.NationalHealthInsurance && head.Age is >= 25 and < 65
            && earliest.AddYears(2) < today && random.Chance(JobChangeShare);
        if (!changedJobs)
        {
            return new HouseholdPlan(insurer, random.Date(earliest, today), null);
        }

        var start = random.Date(Dates.Later(earliest.AddYears(2), today.AddYears(-10)), today);
        return new HouseholdPlan(insurer, start, Earlier(household, insurer, earliest, start, random));
    }

    private EarlierEmployment Earlier(Household household, DemoInsurer current, DateOnly earliest, DateOnly start, DemoRandom random)
    {
        var insurer = InsurerFor(Schemes[EarlierSchemes.Pick(random)], household, random);
        if (ReferenceEquals(insurer, current))
        {
            insurer = insurers.NationalHealthInsurance(household.Municipality);
        }

        var began = random.Date(earliest, start.AddYears(-1));
        return insurer.Scheme == InsuranceScheme.NationalHealthInsurance
            ? new EarlierEmployment(insurer, began, start, "03")
            : new EarlierEmployment(insurer, began, start.AddDays(-random.Between(0, 60)), "99");
    }

    private DemoInsurer InsurerFor(InsuranceScheme scheme, Household household, DemoRandom random)
    {
        var prefecture = household.Municipality.Prefecture;
        return scheme switch
        {
            InsuranceScheme.KyokaiKenpo => insurers.KyokaiKenpo(prefecture),
            InsuranceScheme.HealthInsuranceSociety => insurers.Society(prefecture, random),
            InsuranceScheme.MutualAid => insurers.MutualAid(prefecture, random),
            _ => insurers.NationalHealthInsurance(household.Municipality),
        };
    }
}
