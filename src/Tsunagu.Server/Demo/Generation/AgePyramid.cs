namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Japan's population by five-year age band at the 2020 census (人口ピラミッド), in ten-thousands, 0–4 up to 100+.
/// Household heads are drawn from its adult part, those in their early twenties at half weight since many of them still
/// live with their parents (and appear as children of a household).
/// </summary>
internal static class AgePyramid
{
    private const int BandWidth = 5;
    private const int AdultBand = 4;

    private static readonly double[] TenThousands =
    [
        454, 498, 530, 549, 591, 610, 665, 752, 845, 976, 866, 787, 740, 820, 916, 709, 543, 369, 169, 45, 8,
    ];

    private const double EarlyTwentiesHeadship = 0.5;

    private static readonly WeightedChoice HeadChoice = new([TenThousands[AdultBand] * EarlyTwentiesHeadship, .. TenThousands[(AdultBand + 1)..]]);

    /// <summary>The age of a household head, 20 or over.</summary>
    public static int HeadAge(DemoRandom random)
    {
        var band = AdultBand + HeadChoice.Pick(random);
        return (band * BandWidth) + random.Next(BandWidth);
    }
}
