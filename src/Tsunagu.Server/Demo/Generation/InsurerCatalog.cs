using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Organizations;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// The demo insurers (保険者) and how a household finds its own: per prefecture a 協会けんぽ branch (01), a 後期高齢者医療広域連合
/// (39) and the 地方職員・警察・公立学校 共済 branches (32, 33, 34); national 共済 of eight ministries (31) and 私学共済 (34);
/// 120 健康保険組合 (06), most in Tokyo, Osaka and Aichi; and a 国民健康保険 for each municipality.
/// 8-digit numbers are 法別 2 + 都道府県 2 + 保険者別 3 + 検証番号; 国保 numbers are 都道府県 2 + the municipality's
/// position 3 + 検証番号, below 100 so that they never equal a 全国地方公共団体コード.
/// </summary>
internal sealed class InsurerCatalog
{
    private const int SocietyCount = 120;

    private static readonly string[] Ministries = ["財務省", "文部科学省", "厚生労働省", "国土交通省", "法務省", "防衛省", "農林水産省", "外務省"];

    private static readonly WeightedChoice MutualAidChoice = new([20, 35, 10, 30, 5]);

    private readonly List<DemoInsurer> all = [];
    private readonly DemoInsurer[] kyokaiKenpo = new DemoInsurer[Prefectures.All.Count];
    private readonly DemoInsurer[] lateStageElderly = new DemoInsurer[Prefectures.All.Count];
    private readonly DemoInsurer[][] localMutualAid = new DemoInsurer[Prefectures.All.Count][];
    private readonly List<DemoInsurer> nationalMutualAid = [];
    private readonly Dictionary<DemoMunicipality, DemoInsurer> nationalHealthInsurance = new(ReferenceEqualityComparer.Instance);
    private readonly List<DemoInsurer> societies = [];
    private readonly List<DemoInsurer>[] societiesByPrefecture = Prefectures.All.Select(_ => new List<DemoInsurer>()).ToArray();

    public InsurerCatalog(int seed)
    {
        foreach (var prefecture in Prefectures.All)
        {
            AddPrefectureInsurers(prefecture);
        }

        AddNationalMutualAid();
        AddSocieties(new DemoRandom(seed, RandomStream.Insurers));
        foreach (var municipality in MunicipalityTable.All)
        {
            var body = municipality.Prefecture.TwoDigits + DigitText.Pad(Geography.OrdinalOf(municipality), 3);
            nationalHealthInsurance[municipality] = Add(body, municipality.Name + "国民健康保険", InsuranceScheme.NationalHealthInsurance, municipality);
        }
    }

    public IReadOnlyList<DemoInsurer> All => all;

    public DemoInsurer KyokaiKenpo(Prefecture prefecture) => kyokaiKenpo[prefecture.Code - 1];

    public DemoInsurer LateStageElderly(Prefecture prefecture) => lateStageElderly[prefecture.Code - 1];

    public DemoInsurer NationalHealthInsurance(DemoMunicipality municipality) => nationalHealthInsurance[municipality];

    /// <summary>Half the time a society based in the prefecture when there is one, otherwise any society in the country.</summary>
    public DemoInsurer Society(Prefecture prefecture, DemoRandom random)
    {
        var local = societiesByPrefecture[prefecture.Code - 1];
        return local.Count > 0 && random.Chance(0.5) ? random.Pick(local) : random.Pick(societies);
    }

    /// <summary>A 共済: national ministries 20%, 地方職員 35%, 警察 10%, 公立学校 30%, 私学 5%.</summary>
    public DemoInsurer MutualAid(Prefecture prefecture, DemoRandom random) => MutualAidChoice.Pick(random) switch
    {
        0 => nationalMutualAid[random.Next(Ministries.Length)],
        4 => nationalMutualAid[^1],
        var local => localMutualAid[prefecture.Code - 1][local - 1],
    };

    private void AddPrefectureInsurers(Prefecture prefecture)
    {
        var pp = prefecture.TwoDigits;
        var stem = Geography.Stem(prefecture);
        kyokaiKenpo[prefecture.Code - 1] = Add("01" + pp + "001", "全国健康保険協会\u3000" + stem + "支部", InsuranceScheme.KyokaiKenpo);
        lateStageElderly[prefecture.Code - 1] = Add("39" + pp + "001", prefecture.NameJa + "後期高齢者医療広域連合", InsuranceScheme.LateStageElderly);
        localMutualAid[prefecture.Code - 1] =
        [
            Add("32" + pp + "001", "地方職員共済組合\u3000" + stem + "支部", InsuranceScheme.MutualAid),
            Add("33" + pp + "001", "警察共済組合\u3000" + stem + "支部", InsuranceScheme.MutualAid),
            Add("34" + pp + "001", "公立学校共済組合\u3000" + stem + "支部", InsuranceScheme.MutualAid),
        ];
    }

    private void AddNationalMutualAid()
    {
        for (var i = 0; i < Ministries.Length; i++)
        {
            nationalMutualAid.Add(Add("3113" + DigitText.Pad(i + 1, 3), Ministries[i] + "共済組合", InsuranceScheme.MutualAid));
        }

        nationalMutualAid.Add(Add("3413901", "日本私立学校振興・共済事業団", InsuranceScheme.MutualAid));
    }

    /// <summary>Societies cluster where head offices are: Tokyo counts five times its population, Osaka and Aichi twice.</summary>
    private void AddSocieties(DemoRandom random)
    {
        var weights = Prefectures.All.Select(p => PrefecturePopulation.Of(p.Code) * (p.Code switch { 13 => 5.0, 23 or 27 => 2.0, _ => 1.0 })).ToArray();
        var counts = Apportionment.Split(SocietyCount, weights);
        var names = SocietyNames(random);
        var next = 0;
        foreach (var prefecture in Prefectures.All)
        {
            for (var i = 1; i <= counts[prefecture.Code - 1]; i++)
            {
                var society = Add("06" + prefecture.TwoDigits + DigitText.Pad(i, 3), names[next++], InsuranceScheme.HealthInsuranceSociety);
                societies.Add(society);
                societiesByPrefecture[prefecture.Code - 1].Add(society);
            }
        }
    }

    private static string[] SocietyNames(DemoRandom random)
    {
        var names = SocietyNameParts.Brands
            .SelectMany(brand => SocietyNameParts.Industries.Select(industry => brand + industry + "健康保険組合"))
            .ToArray();
        random.Shuffle(names);
        return names;
    }

    private DemoInsurer Add(string body, string name, InsuranceScheme scheme, DemoMunicipality? municipality = null)
    {
        var number = DigitText.WithMhlwCheckDigit(body);
        var organization = new Organization(number, OrganizationKind.Insurer, name, InsurerNumber.Parse(number).Value!.Prefecture, null, false);
        var insurer = new DemoInsurer(organization, scheme, all.Count, municipality);
        all.Add(insurer);
        return insurer;
    }
}
