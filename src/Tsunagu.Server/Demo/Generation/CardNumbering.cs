using System.Globalization;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Issues 記号・番号 per insurer, unique within it, in the style of each scheme: 協会けんぽ an 8-digit 事業所 記号 and a
/// member number; 健保組合 a 記号 of up to four digits; 共済 a hyphenated 所属所 記号; 国保 the municipality's name as a
/// full-width 記号 and a 7-digit 番号; 後期高齢者 no 記号 and an 8-digit 被保険者番号 ending in its check digit.
/// Offices and numbers are scrambled by an affine map that is one-to-one below its modulus, so they look random but never
/// repeat. One numbering serves one pass over the people.
/// </summary>
internal sealed class CardNumbering
{
    private const long Multiplier = 7_654_321;

    private static readonly string[] Branches = Enumerable.Range(0, 100).Select(i => DigitText.Pad(i, 2)).ToArray();

    private readonly int[] issued;
    private readonly long[] salts;

    public CardNumbering(int insurerCount, DemoRandom random)
    {
        issued = new int[insurerCount];
        salts = new long[insurerCount];
        for (var i = 0; i < insurerCount; i++)
        {
            salts[i] = random.Next(int.MaxValue);
        }
    }

    /// <summary>枝番 as two digits, "00" to "99".</summary>
    public static string Branch(int position) => Branches[position];

    /// <summary>The card of a new household, or of one person for a 後期高齢者医療広域連合.</summary>
    public CardNumber Next(DemoInsurer insurer)
    {
        var k = issued[insurer.Index]++;
        var salt = salts[insurer.Index];
        return insurer.Scheme switch
        {
            InsuranceScheme.KyokaiKenpo => new(DigitText.Pad(Scramble(k / 30, 100_000_000, salt), 8), Plain((k % 30) + 1)),
            InsuranceScheme.HealthInsuranceSociety => new(Plain(Scramble(k / 200, 9_999, salt) + 1), Plain((k % 200) + 1)),
            InsuranceScheme.MutualAid => new(Hyphenated(Scramble(k / 100, 100_000, salt)), Plain((k % 100) + 1)),
            InsuranceScheme.NationalHealthInsurance => new(insurer.Municipality!.Stem, DigitText.Pad(Scramble(k, 10_000_000, salt), 7)),
            _ => new(string.Empty, DigitText.WithMhlwCheckDigit(DigitText.Pad(Scramble(k, 10_000_000, salt), 7))),
        };
    }

    /// <summary>One-to-one on [0, modulus) because the multiplier shares no factor with any modulus used here.</summary>
    private static long Scramble(long value, long modulus, long salt) => ((value * Multiplier) + salt) % modulus;

    private static string Plain(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Hyphenated(long value) => string.Concat(DigitText.Pad(value / 1000, 2), "-", DigitText.Pad(value % 1000, 3));
}
