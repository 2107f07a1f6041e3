namespace Tsunagu.Domain.Tests.Support;

/// <summary>Test data made by changing digits of a valid identifier.</summary>
internal static class DigitVariants
{
    /// <summary>
    /// Every string that differs from <paramref name="valid"/> in exactly one position, that position holding any other
    /// ASCII digit: 9 variants per position.
    /// </summary>
    public static TheoryData<string> SingleDigitChanges(string valid)
    {
        var data = new TheoryData<string>();
        for (var position = 0; position < valid.Length; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit != valid[position])
                {
                    data.Add(string.Concat(valid.AsSpan(0, position), digit.ToString(), valid.AsSpan(position + 1)));
                }
            }
        }

        return data;
    }
}
