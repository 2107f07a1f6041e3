using Tsunagu.Domain.People;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Co-payment (一部負担金割合) by age: 2割 until school entry (未就学), 3割 to 69, 2割 from 70 to 74 with a 高齢受給者証
/// (3割 for 現役並み所得, about one in eight), and for 後期高齢者 1割, 2割 or 3割.
/// </summary>
internal static class BenefitRules
{
    public const string OneTenth = "010";
    public const string TwoTenths = "020";
    public const string ThreeTenths = "030";

    private const double ActiveIncomeShare = 0.12;

    /// <summary>The 高齢受給者証 runs in yearly terms from 1 August.</summary>
    private const int ElderlyTermMonth = 8;

    private static readonly string[] LateStageRatios = [OneTenth, TwoTenths, ThreeTenths];
    private static readonly WeightedChoice LateStageChoice = new([70, 21, 9]);

    public static string LateStage(DemoRandom random) => LateStageRatios[LateStageChoice.Pick(random)];

    /// <summary>The benefit on <paramref name="asOf"/> of someone under 75 covered since <paramref name="qualification"/>.</summary>
    public static Benefit UnderSeventyFive(DateOnly birthdate, DateOnly qualification, DateOnly asOf, DemoRandom random)
    {
        if (asOf < SchoolEntry(birthdate))
        {
            return new Benefit(TwoTenths, "1", null);
        }

        var recipientFrom = ElderlyRecipientFrom(birthdate);
        if (recipientFrom > asOf)
        {
            return new Benefit(ThreeTenths, null, null);
        }

        var ratio = random.Chance(ActiveIncomeShare) ? ThreeTenths : TwoTenths;
        var start = Dates.Later(recipientFrom, qualification);
        var end = Dates.Earlier(birthdate.AddYears(75).AddDays(-1), Dates.TermEnd(asOf, ElderlyTermMonth));
        return new Benefit(ratio, null, new ElderlyRecipient(start, start, end, ratio));
    }

    /// <summary>1 April after the sixth birthday; children born 2 April to 1 April enter school together.</summary>
    private static DateOnly SchoolEntry(DateOnly birthdate)
    {
        var bornByFirstOfApril = birthdate.Month < 4 || (birthdate.Month == 4 && birthdate.Day == 1);
        return new DateOnly(birthdate.Year + (bornByFirstOfApril ? 6 : 7), 4, 1);
    }

    /// <summary>The first of the month after the 70th birthday, or that day when the birthday is a first.</summary>
    private static DateOnly ElderlyRecipientFrom(DateOnly birthdate)
    {
        var seventieth = birthdate.AddYears(70);
        return seventieth.Day == 1 ? seventieth : new DateOnly(seventieth.Year, seventieth.Month, 1).AddMonths(1);
    }
}
