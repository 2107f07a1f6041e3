using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Organizations;

namespace Tsunagu.Server.Tests.Demo;

public sealed class DemoInsurerTests
{
    private static readonly Server.Demo.Generation.DemoDataGenerator Generator = DemoSamples.Generator(people: 0, facilities: 5_000);

    [Fact]
    public void Every_insurer_and_municipality_passes_registration_unchanged()
    {
        Assert.All(Generator.Insurers.Concat(Generator.Municipalities), organization =>
        {
            var result = OrganizationRegistration.Validate(new OrganizationDraft(organization.Kind.WireName(), organization.Code, organization.Name, null, null));

            Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{organization.Code} {e.Field} {e.Error.Code}")));
            Assert.Equal(organization, result.Value);
        });
    }

    [Fact]
    public void Every_organization_code_is_unique()
    {
        var codes = Generator.Organizations.Select(o => o.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Each_prefecture_has_a_kyokai_kenpo_branch_and_a_late_stage_elderly_union()
    {
        var numbers = Generator.Insurers.Select(i => InsurerNumber.Parse(i.Code).Value!).ToList();

        Assert.Equal(Enumerable.Range(1, 47), numbers.Where(n => n.LawCode == "01").Select(n => n.Prefecture.Code).Order());
        Assert.Equal(Enumerable.Range(1, 47), numbers.Where(n => n.LawCode == "39").Select(n => n.Prefecture.Code).Order());

        Assert.Contains(Generator.Insurers, i => i.Code == "01130012" && i.Name == "全国健康保険協会\u3000東京支部");
    }

    [Fact]
    public void Societies_mutual_aid_and_national_health_insurance_are_all_present()
    {
        var numbers = Generator.Insurers.Select(i => InsurerNumber.Parse(i.Code).Value!).ToList();

        Assert.Contains(numbers, n => n.LawCode == "06");
        Assert.Equal(["31", "32", "33", "34"], numbers.Select(n => n.LawCode).Where(law => law is ['3', >= '1' and <= '4']).Distinct().Order());
        Assert.Equal(Generator.Municipalities.Count, numbers.Count(n => n.IsNationalHealthInsurance));
    }

    [Fact]
    public void The_big_cities_carry_their_real_local_government_codes()
    {
        var codes = Generator.Municipalities.ToDictionary(m => m.Name, m => m.Code);

        Assert.Equal("131016", codes["東京都千代田区"]);
        Assert.Equal("011002", codes["北海道札幌市"]);
        Assert.Equal("271004", codes["大阪府大阪市"]);
        Assert.Equal("141003", codes["神奈川県横浜市"]);
        Assert.Equal("401307", codes["福岡県福岡市"]);
    }

    [Fact]
    public void Every_prefecture_has_a_municipality()
    {
        Assert.Equal(Enumerable.Range(1, 47), Generator.Municipalities.Select(m => m.Prefecture.Code).Distinct().Order());
    }
}
