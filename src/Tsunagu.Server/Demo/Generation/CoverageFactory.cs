using Tsunagu.Domain.People;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Turns a planned household into <see cref="Coverage"/> records. Members under 75 share the household card (記号・番号)
/// with their own 枝番 (本人 00 and 家族 01… under employee insurance, 01… under 国保); members 75 and over each hold a
/// 後期高齢者 card with no 記号, no 枝番 and no 本人・家族 classification. After a job change every member born by then
/// first gets the earlier, disqualified coverage, which the current one names as its previous coverage.
/// </summary>
internal sealed class CoverageFactory(InsurerCatalog insurers, CardNumbering cards, DateOnly today)
{
    private const string GeneralCard = "01";
    private const string Insured = "1";
    private const string Dependant = "2";
    private static readonly DateOnly LateStageSchemeStart = new(2008, 4, 1);

    /// <summary>Appends the coverages of the first <paramref name="count"/> members to <paramref name="output"/>, in order.</summary>
    public void Cover(Household household, HouseholdPlan plan, int count, DemoRandom random, List<Coverage> output)
    {
        var card = default(CardNumber);
        var earlierCard = default(CardNumber);
        var onCard = 0;
        for (var i = 0; i < count; i++)
        {
            var member = household.Members[i];
            if (member.Age >= 75)
            {
                output.Add(Build(household, member, LateStage(household, member, random)));
                continue;
            }

            card ??= cards.Next(plan.Insurer);
            CoverageKey? previous = null;
            if (plan.Earlier is { } earlier && member.Birthdate < earlier.End)
            {
                earlierCard ??= cards.Next(earlier.Insurer);
                var earlierKey = Key(earlier.Insurer, earlierCard, onCard);
                output.Add(Build(household, member, Earlier(household, member, earlier, earlierKey, onCard == 0, random)));
                previous = earlierKey;
            }

            output.Add(Build(household, member, Current(household, member, plan, Key(plan.Insurer, card, onCard), onCard == 0, previous, random)));
            onCard++;
        }
    }

    /// <summary>Employee insurance numbers the insured person 00; 国保 numbers everyone from 01.</summary>
    private static CoverageKey Key(DemoInsurer insurer, CardNumber card, int onCard)
    {
        var first = insurer.Scheme == InsuranceScheme.NationalHealthInsurance ? 1 : 0;
        return new CoverageKey(insurer.Number, card.Symbol, card.Number, CardNumbering.Branch(first + onCard));
    }

    private CoverageTerms Current(Household household, HouseholdMember member, HouseholdPlan plan, CoverageKey key, bool insured, CoverageKey? previous, DemoRandom random)
    {
        var qualified = Dates.Later(plan.Start, member.Birthdate);
        var benefit = BenefitRules.UnderSeventyFive(member.Birthdate, qualified, today, random);
        return new CoverageTerms(
            key, insured ? Insured : Dependant, household.Head.Name, qualified, null, null,
            CardDates.For(plan.Insurer.Scheme, qualified, today, random),
            benefit,
            CertificateRules.LimitApplication(member.Age, benefit.Ratio, qualified, today, random),
            CertificateRules.SpecificDiseases(member.Age, qualified, today, random),
            previous);
    }

    private static CoverageTerms Earlier(Household household, HouseholdMember member, EarlierEmployment earlier, CoverageKey key, bool insured, DemoRandom random)
    {
        var qualified = Dates.Later(earlier.Start, member.Birthdate);
        var lastDay = earlier.End.AddDays(-1);
        return new CoverageTerms(
            key, insured ? Insured : Dependant, household.Head.Name, qualified, earlier.End, earlier.ReasonOfLoss,
            CardDates.For(earlier.Insurer.Scheme, qualified, lastDay, random),
            BenefitRules.UnderSeventyFive(member.Birthdate, qualified, lastDay, random),
            null,
            [],
            null);
    }

    /// <summary>後期高齢者医療 from the 75th birthday, or from the scheme's start in April 2008 for those already older.</summary>
    private CoverageTerms LateStage(Household household, HouseholdMember member, DemoRandom random)
    {
        var insurer = insurers.LateStageElderly(household.Municipality.Prefecture);
        var card = cards.Next(insurer);
        var qualified = Dates.Later(member.Birthdate.AddYears(75), LateStageSchemeStart);
        var ratio = BenefitRules.LateStage(random);
        return new CoverageTerms(
            new CoverageKey(insurer.Number, card.Symbol, card.Number, string.Empty), null, member.Name, qualified, null, null,
            CardDates.For(insurer.Scheme, qualified, today, random),
            new Benefit(ratio, null, null),
            CertificateRules.LimitApplication(member.Age, ratio, qualified, today, random),
            CertificateRules.SpecificDiseases(member.Age, qualified, today, random),
            null);
    }

    private static Coverage Build(Household household, HouseholdMember member, in CoverageTerms terms) => new()
    {
        Key = terms.Key,
        InsuredCardClassification = GeneralCard,
        PersonalFamilyClassification = terms.PersonalFamily,
        InsuredName = terms.InsuredName,
        Name = member.Name,
        NameKana = member.NameKana,
        Sex = member.Sex,
        Birthdate = member.Birthdate,
        Address = household.Address.Text,
        PostNumber = household.Address.PostNumber,
        QualificationDate = terms.Qualified,
        DisqualificationDate = terms.Disqualified,
        ReasonOfLoss = terms.ReasonOfLoss,
        InsuredCertificateIssuanceDate = terms.Card.Issued,
        InsuredCardValidDate = terms.Card.ValidFrom,
        InsuredCardExpirationDate = terms.Card.Expires,
        InsuredPartialContributionRatio = terms.Benefit.Ratio,
        PreschoolClassification = terms.Benefit.Preschool,
        ElderlyRecipientCertificateInfo = terms.Benefit.Elderly,
        LimitApplicationCertificateRelatedInfo = terms.Limit,
        SpecificDiseasesCertificateList = terms.Diseases,
        PreviousCoverage = terms.Previous,
    };
}
