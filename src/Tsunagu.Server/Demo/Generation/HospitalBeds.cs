namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Bed counts (病床数) skewed small as in Japan, where most hospitals have fewer than 200 beds and about 8% have 400 or more;
/// some clinics (有床診療所, about one in eighteen) have 1–19 beds.
/// </summary>
internal static class HospitalBeds
{
    private const double ClinicWithBedsShare = 0.055;

    private static readonly (int Min, int Max)[] Bands =
    [
        (20, 49), (50, 99), (100, 149), (150, 199), (200, 299), (300, 399), (400, 499), (500, 699), (700, 899), (900, 1000),
    ];

    private static readonly WeightedChoice BandChoice = new([11, 25, 17, 16, 12, 8, 5, 4, 1.4, 0.6]);

    public static int ForHospital(DemoRandom random)
    {
        var (min, max) = Bands[BandChoice.Pick(random)];
        return random.Between(min, max);
    }

    /// <summary>Null for a clinic without beds (無床診療所), otherwise 1–19, most often the full 19.</summary>
    public static int? ForClinic(DemoRandom random) =>
        !random.Chance(ClinicWithBedsShare) ? null
        : random.Chance(0.4) ? 19
        : random.Between(1, 18);
}
