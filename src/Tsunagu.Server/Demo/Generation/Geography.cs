using Tsunagu.Domain.Codes;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>Where demo people live and facilities stand: prefectures by population, then municipalities within them.</summary>
internal static class Geography
{
    private static readonly WeightedChoice PrefectureChoice = new(PrefecturePopulation.Weights);

    private static readonly DemoMunicipality[][] ByPrefecture = Prefectures.All
        .Select(p => MunicipalityTable.All.Where(m => m.Prefecture.Code == p.Code).ToArray())
        .ToArray();

    private static readonly WeightedChoice[] MunicipalityChoice = Array.ConvertAll(
        ByPrefecture, static list => new WeightedChoice(Array.ConvertAll(list, static m => (double)m.PopulationThousands)));

    private static readonly Dictionary<DemoMunicipality, int> Ordinals = NumberWithinPrefectures();

    public static Prefecture PickPrefecture(DemoRandom random) => Prefectures.All[PrefectureChoice.Pick(random)];

    public static IReadOnlyList<DemoMunicipality> MunicipalitiesOf(Prefecture prefecture) => ByPrefecture[prefecture.Code - 1];

    /// <summary>A municipality of the prefecture, weighted by its population.</summary>
    public static DemoMunicipality PickMunicipality(Prefecture prefecture, DemoRandom random) =>
        ByPrefecture[prefecture.Code - 1][MunicipalityChoice[prefecture.Code - 1].Pick(random)];

    /// <summary>The prefecture a demo address starts with, or null when it names none.</summary>
    public static Prefecture? PrefectureOfAddress(string? address) =>
        address is null ? null : Prefectures.All.FirstOrDefault(p => address.StartsWith(p.NameJa, StringComparison.Ordinal));

    /// <summary>The municipality's 1-based position in its prefecture's list.</summary>
    public static int OrdinalOf(DemoMunicipality municipality) => Ordinals[municipality];

    /// <summary>The prefecture's name without 都, 府 or 県 (東京都 → 東京); 北海道 stays whole.</summary>
    public static string Stem(Prefecture prefecture) =>
        prefecture.Code == 1 ? prefecture.NameJa : prefecture.NameJa[..^1];

    private static Dictionary<DemoMunicipality, int> NumberWithinPrefectures()
    {
        var ordinals = new Dictionary<DemoMunicipality, int>(ReferenceEqualityComparer.Instance);
        foreach (var list in ByPrefecture)
        {
            for (var i = 0; i < list.Length; i++)
            {
                ordinals[list[i]] = i + 1;
            }
        }

        return ordinals;
    }
}
