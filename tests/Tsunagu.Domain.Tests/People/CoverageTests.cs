using Tsunagu.Domain.People;

namespace Tsunagu.Domain.Tests.People;

public sealed class CoverageTests
{
    private static Coverage Qualified(DateOnly from, DateOnly? until) => new()
    {
        Key = new CoverageKey("33120015", "12-34", "4260", "01"),
        Name = "山田 花子",
        NameKana = "ヤマダ ハナコ",
        Sex = Sex.Female,
        Birthdate = new DateOnly(1954, 5, 1),
        QualificationDate = from,
        DisqualificationDate = until,
    };

    [Theory]
    [InlineData("2020-03-31", false)]
    [InlineData("2020-04-01", true)] // 資格取得日 itself is covered
    [InlineData("2020-10-15", true)]
    [InlineData("2021-03-31", true)]
    [InlineData("2021-04-01", false)] // 資格喪失日 itself is no longer covered
    [InlineData("2030-01-01", false)]
    public void A_coverage_is_in_force_from_its_qualification_date_until_the_day_before_disqualification(string date, bool expected)
    {
        var coverage = Qualified(new DateOnly(2020, 4, 1), new DateOnly(2021, 4, 1));

        Assert.Equal(expected, coverage.IsValidOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_coverage_without_a_disqualification_date_runs_on()
    {
        var coverage = Qualified(new DateOnly(2020, 4, 1), null);

        Assert.True(coverage.IsValidOn(DateOnly.MaxValue));
        Assert.False(coverage.IsValidOn(new DateOnly(2020, 3, 31)));
    }

    [Fact]
    public void A_coverage_lost_on_the_day_it_was_gained_covers_no_day()
    {
        var coverage = Qualified(new DateOnly(2020, 4, 1), new DateOnly(2020, 4, 1));

        Assert.False(coverage.IsValidOn(new DateOnly(2020, 4, 1)));
    }

    [Fact]
    public void A_coverage_has_no_specific_disease_entries_unless_given() =>
        Assert.Empty(Qualified(new DateOnly(2020, 4, 1), null).SpecificDiseasesCertificateList);
}
