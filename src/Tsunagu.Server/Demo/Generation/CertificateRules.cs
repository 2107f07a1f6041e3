using Tsunagu.Domain.People;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// 限度額適用認定証 and 特定疾病療養受療証 entries. A few percent of people hold a limit certificate, its 適用区分 fitting
/// the age and co-payment (A01–A05 under 70; B01–B03 for 現役並み; B05/B06 for low income; B09/B10 for 後期高齢者 一般);
/// about three in a thousand hold a specific-disease certificate, nearly all for dialysis (人工透析).
/// </summary>
internal static class CertificateRules
{
    private const string Limit = "01";
    private const string LimitAndReducedMeals = "02";

    /// <summary>Limit certificates run in yearly terms from 1 August.</summary>
    private const int TermMonth = 8;

    private const double DiseaseShare = 0.003;

    private static readonly string[] UnderSeventy = ["A01", "A02", "A03", "A04", "A05"];
    private static readonly WeightedChoice UnderSeventyChoice = new([5, 10, 45, 25, 15]);
    private static readonly string[] ActiveIncome = ["B01", "B02", "B03"];
    private static readonly WeightedChoice ActiveIncomeChoice = new([10, 40, 50]);
    private static readonly string[] LateStageGeneral = ["B05", "B06", "B10"];
    private static readonly WeightedChoice LateStageGeneralChoice = new([45, 35, 20]);
    private static readonly string[] DiseaseCategories = ["1", "2", "3"];
    private static readonly WeightedChoice DiseaseChoice = new([97, 2.5, 0.5]);

    public static LimitApplication? LimitApplication(int age, string ratio, DateOnly qualification, DateOnly today, DemoRandom random)
    {
        var share = age < 70 ? 0.03 : age < 75 ? 0.08 : 0.10;
        if (!random.Chance(share))
        {
            return null;
        }

        var flag = Flag(age, ratio, random);
        var lowIncome = flag is "A05" or "B05" or "B06";
        var start = Dates.Later(qualification, Dates.TermStart(today, TermMonth));
        DateOnly? longTermStay = lowIncome && random.Chance(0.1) ? random.Date(start, today) : null;
        return new LimitApplication(lowIncome ? LimitAndReducedMeals : Limit, flag, start, start, Dates.TermEnd(today, TermMonth), longTermStay);
    }

    public static IReadOnlyList<SpecificDisease> SpecificDiseases(int age, DateOnly qualification, DateOnly today, DemoRandom random)
    {
        if (!random.Chance(DiseaseShare))
        {
            return [];
        }

        var category = DiseaseCategories[DiseaseChoice.Pick(random)];
        var selfPay = category == "1" && age < 70 && random.Chance(0.15) ? 20_000 : 10_000;
        var start = random.Date(qualification, today);
        return [new SpecificDisease(category, start, start, null, selfPay)];
    }

    private static string Flag(int age, string ratio, DemoRandom random) => (age, ratio) switch
    {
        ( < 70, _) => UnderSeventy[UnderSeventyChoice.Pick(random)],
        (_, BenefitRules.ThreeTenths) => ActiveIncome[ActiveIncomeChoice.Pick(random)],
        ( < 75, _) => random.Chance(0.6) ? "B05" : "B06",
        (_, BenefitRules.TwoTenths) => "B09",
        _ => LateStageGeneral[LateStageGeneralChoice.Pick(random)],
    };
}
