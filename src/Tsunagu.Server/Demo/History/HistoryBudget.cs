using Tsunagu.Server.Demo.Generation;

namespace Tsunagu.Server.Demo.History;

/// <summary>
/// How many medication-history rows a person gets: the requested average scaled by an age factor (older people take
/// more drugs) and an exponential spread (many people take little, a few a lot), rounded at random so that the average
/// over the demo population is the one requested.
/// </summary>
internal static class HistoryBudget
{
    /// <summary>Relative use by age band (under 15, 15–39, 40–64, 65–74, 75 and over).</summary>
    private static readonly double[] AgeFactors = [0.55, 0.45, 0.9, 1.6, 2.1];

    /// <summary>The age factors' average over the demo population (measured over a million people), so that they average 1.</summary>
    private const double PopulationAverage = 1.036;

    public static int Draw(int average, int age, DemoRandom random)
    {
        var spread = -Math.Log(1 - random.NextDouble());
        var rows = average * AgeFactors[AgeBands.Of(age)] / PopulationAverage * spread;
        return (int)Math.Floor(rows + random.NextDouble());
    }
}
