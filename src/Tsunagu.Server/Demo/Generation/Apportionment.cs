namespace Tsunagu.Server.Demo.Generation;

/// <summary>Splits a whole number into parts proportional to weights by the largest-remainder (Hamilton) method.</summary>
internal static class Apportionment
{
    /// <summary>
    /// Gives every part <paramref name="minimum"/> first when the total allows it, then shares the rest in proportion;
    /// ties in the remainders go to the lower index, so the split is deterministic.
    /// </summary>
    public static int[] Split(int total, IReadOnlyList<double> weights, int minimum = 0)
    {
        var parts = new int[weights.Count];
        var floor = total >= minimum * weights.Count ? minimum : 0;
        Array.Fill(parts, floor);
        var rest = total - (floor * weights.Count);
        var sum = weights.Sum();
        var remainders = new double[weights.Count];
        var given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var quota = rest * weights[i] / sum;
            var whole = (int)Math.Floor(quota);
            parts[i] += whole;
            given += whole;
            remainders[i] = quota - whole;
        }

        var order = Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var k = 0; k < rest - given; k++)
        {
            parts[order[k]]++;
        }

        return parts;
    }
}
