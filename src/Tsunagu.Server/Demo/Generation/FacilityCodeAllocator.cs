using Tsunagu.Domain.Codes;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Hands out unique 10-digit 医療機関コード: 都道府県 2 + 点数表 1 + 郡市区 2 + 医療機関等番号 4 + 検証番号 1.
/// The 郡市区 digits are the municipality's position in its prefecture; the 4-digit number is drawn at random until unused.
/// </summary>
internal sealed class FacilityCodeAllocator
{
    private readonly HashSet<int> usedBodies = [];

    public string Next(DemoMunicipality municipality, FeeScoreTable table, DemoRandom random)
    {
        var district = Geography.OrdinalOf(municipality);
        var prefix = (municipality.Prefecture.Code * 10_000_000) + ((int)table * 1_000_000) + (district * 10_000);
        int body;
        do
        {
            body = prefix + random.Between(1, 9999);
        }
        while (!usedBodies.Add(body));

        return DigitText.WithMhlwCheckDigit(DigitText.Pad(body, 9));
    }
}
