using Tsunagu.Domain.Codes;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// A real municipality (市区町村) used for addresses, 国民健康保険 insurers and facility codes.
/// </summary>
/// <param name="Body">The first five digits of its 全国地方公共団体コード (都道府県 2 + 市区町村 3).</param>
/// <param name="PopulationThousands">Its population in thousands, rounded (2020 census); a weight, not a statistic.</param>
/// <param name="PostalPrefix">The first three digits of a 郵便番号 in use there.</param>
internal sealed record DemoMunicipality(string Body, string Name, int PopulationThousands, string PostalPrefix)
{
    public Prefecture Prefecture { get; } = Prefectures.Get((Body[0] - '0') * 10 + (Body[1] - '0'));

    /// <summary>The 6-digit 全国地方公共団体コード with its check digit.</summary>
    public string Code { get; } = DigitText.WithMunicipalityCheckDigit(Body);

    /// <summary>The name without its 市 or 区 (港区 → 港), as used in facility branch names and 国保 card symbols.</summary>
    public string Stem => Name[..^1];
}
