namespace Tsunagu.Server.Demo.Generation;

/// <summary>Picks an index with probability proportional to its weight (cumulative table, binary search).</summary>
internal sealed class WeightedChoice
{
    private readonly double[] cumulative;

    public WeightedChoice(IReadOnlyList<double> weights)
    {
        cumulative = new double[weights.Count];
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            total += weights[i];
            cumulative[i] = total;
        }

        if (total <= 0)
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
        }
    }

    public int Count => cumulative.Length;

    public int Pick(DemoRandom random)
    {
        var target = random.NextDouble() * cumulative[^1];
        var low = 0;
        var high = cumulative.Length - 1;
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (cumulative[middle] > target)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
