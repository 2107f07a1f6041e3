using System.Text.RegularExpressions;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>
/// Reads the version line: <c>SJ1</c>, <c>JAHIS</c> followed by a version number (<c>JAHIS5</c>, <c>JAHIS9</c>, …) or
/// <c>SJD1</c>. A first field such as <c>VER010401</c> marks an NSIPS pharmacy export, refused with its own error.
/// </summary>
internal static partial class CsvHeader
{
    public static CsvDialect? Detect(string firstLine, CsvFieldReader reader, IReadOnlyCollection<CsvDialect> accepted)
    {
        var tag = firstLine.Split(',')[0].Trim();
        CsvDialect? dialect = tag switch
        {
            "SJ1" => CsvDialect.Sj1,
            "SJD1" => CsvDialect.Dispensing,
            _ when JahisPattern().IsMatch(tag) => CsvDialect.Jahis,
            _ => null,
        };
        if (dialect is { } known && accepted.Contains(known))
        {
            return known;
        }

        var error = NsipsPattern().IsMatch(tag) ? PrescriptionCsvErrors.NsipsNotSupported : PrescriptionCsvErrors.Header;
        reader.AddLine(error, 1, tag, $"'{tag}' here; expected {string.Join(" or ", accepted.Select(d => d == CsvDialect.Jahis ? "JAHISn" : Tag(d)))}");
        return null;
    }

    public static string Tag(CsvDialect dialect) => dialect switch
    {
        CsvDialect.Sj1 => "SJ1",
        CsvDialect.Jahis => "JAHIS5",
        _ => "SJD1",
    };

    [GeneratedRegex("^JAHIS[0-9]{1,2}$")]
    private static partial Regex JahisPattern();

    [GeneratedRegex("^VER[0-9]{6}$")]
    private static partial Regex NsipsPattern();
}
