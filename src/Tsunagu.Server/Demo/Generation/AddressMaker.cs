using System.Globalization;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>Makes street addresses in a municipality: 都道府県 + 市区 + 町名 + 丁目・番・号, sometimes with a flat.</summary>
internal static class AddressMaker
{
    private const double FlatShare = 0.35;

    public static DemoAddress Make(DemoMunicipality municipality, DemoRandom random)
    {
        var town = random.Pick(AddressParts.Towns);
        var street = string.Create(
            CultureInfo.InvariantCulture,
            $"{municipality.Prefecture.NameJa}{municipality.Name}{town}{random.Between(1, 6)}丁目{random.Between(1, 30)}番{random.Between(1, 25)}号");
        var text = random.Chance(FlatShare)
            ? string.Create(CultureInfo.InvariantCulture, $"{street}\u3000{random.Pick(AddressParts.Buildings)}{random.Between(1, 12)}0{random.Between(1, 9)}号室")
            : street;
        var postNumber = string.Create(CultureInfo.InvariantCulture, $"{municipality.PostalPrefix}-{random.Between(1, 9999):D4}");
        return new DemoAddress(text, postNumber);
    }
}
