using Hl7.Fhir.Model;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// Japanese names in FHIR: the 漢字 name carries the iso21090 representation <c>IDE</c>, the カナ name <c>SYL</c>
/// (JP Core). A name without a representation counts as 漢字. Text wins over family + given.
/// </summary>
internal static class FhirNames
{
    private const string Ideographic = "IDE";
    private const string Syllabic = "SYL";

    public static string? Kanji(IEnumerable<HumanName> names) =>
        Text(names.FirstOrDefault(n => Representation(n) is Ideographic or null));

    public static string? Kana(IEnumerable<HumanName> names) => Text(names.FirstOrDefault(n => Representation(n) == Syllabic));

    public static List<HumanName> Write(string name, string? kana)
    {
        var names = new List<HumanName> { Name(name, Ideographic) };
        if (kana is not null)
        {
            names.Add(Name(kana, Syllabic));
        }

        return names;
    }

    private static HumanName Name(string text, string representation)
    {
        var parts = text.Split([' ', '　'], 2, StringSplitOptions.RemoveEmptyEntries);
        var name = new HumanName { Use = HumanName.NameUse.Official, Text = text, Family = parts[0] };
        if (parts.Length == 2)
        {
            name.Given = [parts[1]];
        }

        name.SetExtension(FhirSystems.NameRepresentation, new Code(representation));
        return name;
    }

    private static string? Representation(HumanName name) => (name.GetExtension(FhirSystems.NameRepresentation)?.Value as Code)?.Value;

    private static string? Text(HumanName? name) =>
        name is null ? null
        : !string.IsNullOrWhiteSpace(name.Text) ? name.Text.Trim()
        : name.Family is null ? null
        : string.Join("　", new[] { name.Family }.Concat(name.Given));
}
