using System.Text.Json;
using Tsunagu.Domain.Codes;
using Tsunagu.Domain.People;

namespace Tsunagu.Server.Tests.Demo;

public sealed class DemoPeopleTests
{
    private const int People = 5_000;

    private static readonly string[] LateStageRatios = ["010", "020", "030"];

    private static readonly List<Coverage> Coverages = DemoSamples.Generator(people: People, facilities: 47).People().ToList();

    private static readonly List<Coverage> Current = Coverages.Where(DemoSamples.IsCurrent).ToList();

    [Fact]
    public void Exactly_the_requested_number_of_people_have_a_current_coverage()
    {
        Assert.Equal(People, Current.Count);
    }

    [Fact]
    public void Every_coverage_passes_the_member_record_validator_unchanged()
    {
        Assert.All(Coverages, coverage =>
        {
            var result = MemberRecordValidator.Validate(CoverageDrafts.ToDraft(coverage), coverage.Key.InsurerNumber, 0);

            Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{coverage.Key} {e.Field} {e.Error.Code} {e.Detail}")));
            Assert.Equal(JsonSerializer.Serialize(coverage), JsonSerializer.Serialize(result.Value));
        });
    }

    [Fact]
    public void Every_card_is_unique()
    {
        Assert.Equal(Coverages.Count, Coverages.Select(c => c.Key).Distinct().Count());
    }

    [Fact]
    public void Households_share_the_symbol_and_number_with_one_insured_person_and_distinct_branches()
    {
        var households = Current.Where(c => c.Key.Branch.Length > 0).GroupBy(c => (c.Key.InsurerNumber, c.Key.Symbol, c.Key.Number)).ToList();

        Assert.Contains(households, h => h.Count() >= 3);
        Assert.All(households, household =>
        {
            Assert.Single(household, c => c.PersonalFamilyClassification == "1");
            Assert.Equal(household.Count(), household.Select(c => c.Key.Branch).Distinct().Count());
            Assert.Single(household.Select(c => c.Address).Distinct());
            Assert.Single(household.Select(c => c.InsuredName).Distinct());
            Assert.Single(household.Select(c => c.Name.Split('\u3000')[0]).Distinct());
        });
    }

    [Fact]
    public void People_aged_75_and_over_are_covered_by_their_late_stage_elderly_union()
    {
        Assert.All(Current, coverage =>
        {
            var lateStage = InsurerNumber.Parse(coverage.Key.InsurerNumber).Value!.IsLateStageElderly;
            Assert.Equal(DemoSamples.AgeOn(coverage.Birthdate, DemoSamples.Today) >= 75, lateStage);
            if (lateStage)
            {
                Assert.Equal((string.Empty, string.Empty, null), (coverage.Key.Symbol, coverage.Key.Branch, coverage.PersonalFamilyClassification));
                Assert.Contains(coverage.InsuredPartialContributionRatio, LateStageRatios);
                Assert.Equal(8, coverage.Key.Number.Length);
            }
        });
    }

    [Fact]
    public void People_under_75_pay_three_tenths_except_preschool_children_and_elderly_recipients()
    {
        Assert.All(Current.Where(c => DemoSamples.AgeOn(c.Birthdate, DemoSamples.Today) < 75), coverage =>
        {
            Assert.NotEqual(string.Empty, coverage.Key.Symbol);
            Assert.Matches("^[0-9]{2}$", coverage.Key.Branch);
            if (coverage.PreschoolClassification == "1" || coverage.ElderlyRecipientCertificateInfo?.ContributionRatio == "020")
            {
                Assert.Equal("020", coverage.InsuredPartialContributionRatio);
            }
            else
            {
                Assert.Equal("030", coverage.InsuredPartialContributionRatio);
            }
        });
        Assert.Contains(Current, c => c.PreschoolClassification == "1");
        Assert.Contains(Current, c => c.ElderlyRecipientCertificateInfo is not null);
    }

    [Fact]
    public void Limit_certificates_fit_the_age_and_some_people_hold_them()
    {
        var holders = Current.Where(c => c.LimitApplicationCertificateRelatedInfo is not null).ToList();

        Assert.NotEmpty(holders);
        Assert.All(holders, coverage =>
        {
            var flag = coverage.LimitApplicationCertificateRelatedInfo!.ClassificationFlag;
            Assert.Equal(DemoSamples.AgeOn(coverage.Birthdate, DemoSamples.Today) < 70 ? 'A' : 'B', flag[0]);
        });
    }

    [Fact]
    public void Earlier_coverages_come_first_and_end_before_the_newer_one_begins()
    {
        var positions = Coverages.Select((coverage, index) => (coverage.Key, index)).ToDictionary();
        var followers = Coverages.Where(c => c.PreviousCoverage is not null).ToList();

        Assert.NotEmpty(followers);
        Assert.All(followers, newer =>
        {
            var earlier = Coverages[positions[newer.PreviousCoverage!]];
            Assert.True(positions[earlier.Key] < positions[newer.Key]);
            Assert.NotEqual(earlier.Key.InsurerNumber, newer.Key.InsurerNumber);
            Assert.NotNull(earlier.DisqualificationDate);
            Assert.True(earlier.DisqualificationDate <= newer.QualificationDate);
            Assert.Equal((earlier.Name, earlier.Birthdate), (newer.Name, newer.Birthdate));
        });
    }

    [Fact]
    public void Names_are_written_in_kanji_and_full_width_katakana()
    {
        Assert.All(Current, coverage =>
        {
            Assert.True(KanaText.IsKatakana(coverage.NameKana), coverage.NameKana);
            Assert.DoesNotContain(coverage.NameKana, c => c is >= '\uFF61' and <= '\uFF9F');
            Assert.Equal(2, coverage.NameKana.Split('\u3000').Length);
            Assert.Equal(2, coverage.Name.Split('\u3000').Length);
        });
    }

    [Fact]
    public void The_age_mix_follows_the_census_pyramid()
    {
        var ages = DemoSamples.Generator(people: 20_000, facilities: 0).People().Where(DemoSamples.IsCurrent)
            .Select(c => DemoSamples.AgeOn(c.Birthdate, DemoSamples.Today)).ToList();

        Assert.InRange(ages.Count(a => a < 15) / (double)ages.Count, 0.09, 0.15);
        Assert.InRange(ages.Count(a => a >= 75) / (double)ages.Count, 0.12, 0.19);
        Assert.InRange(ages.Count(a => a >= 65) / (double)ages.Count, 0.25, 0.33);
    }
}
