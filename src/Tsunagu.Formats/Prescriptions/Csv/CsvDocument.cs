using System.Globalization;
using System.Text.RegularExpressions;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>
/// A CSV split into its version line and record lines. Unknown and repeated records are reported to the reader and left
/// out, so the section readers see only lines they understand.
/// </summary>
internal sealed partial class CsvDocument
{
    private readonly ILookup<int, CsvLine> byRecord;

    private CsvDocument(CsvDialect dialect, IReadOnlyList<CsvLine> lines)
    {
        Dialect = dialect;
        Lines = lines;
        byRecord = lines.ToLookup(l => l.RecordNumber);
    }

    public CsvDialect Dialect { get; }

    /// <summary>The known record lines in file order.</summary>
    public IReadOnlyList<CsvLine> Lines { get; }

    /// <summary>Parses <paramref name="text"/>; null (with the error reported) when the version line is missing or not one of <paramref name="accepted"/>.</summary>
    public static CsvDocument? Parse(string text, CsvFieldReader reader, params CsvDialect[] accepted)
    {
        var rawLines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var dialect = CsvHeader.Detect(rawLines[0], reader, accepted);
        if (dialect is null)
        {
            return null;
        }

        var lines = new List<CsvLine>();
        var seen = new HashSet<int>();
        for (var i = 1; i < rawLines.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(rawLines[i]) && Known(rawLines[i], i + 1, dialect.Value, reader) is { } line && FirstOfItsKind(line, seen, reader))
            {
                lines.Add(line);
            }
        }

        return new CsvDocument(dialect.Value, lines);
    }

    /// <summary>The first line of a once-only record, or null.</summary>
    public CsvLine? Single(int record) => byRecord[record].FirstOrDefault();

    public IEnumerable<CsvLine> All(int record) => byRecord[record];

    /// <summary>The line of a mandatory once-only record; reports it missing when absent.</summary>
    public CsvLine? Required(int record, CsvFieldReader reader)
    {
        var line = Single(record);
        if (line is null)
        {
            reader.AddMissing(record, CsvRecords.NameOf(record, Dialect));
        }

        return line;
    }

    private static CsvLine? Known(string raw, int lineNumber, CsvDialect dialect, CsvFieldReader reader)
    {
        var fields = raw.Split(',');
        var numberText = fields[0].Trim();
        if (!RecordNumberPattern().IsMatch(numberText) || !CsvRecords.IsKnown(int.Parse(numberText, CultureInfo.InvariantCulture), dialect))
        {
            reader.AddLine(PrescriptionCsvErrors.UnknownRecord, lineNumber, numberText, $"record number '{numberText}' is not in the {dialect} layout");
            return null;
        }

        return new CsvLine(lineNumber, int.Parse(numberText, CultureInfo.InvariantCulture), fields[1..]);
    }

    private static bool FirstOfItsKind(CsvLine line, HashSet<int> seen, CsvFieldReader reader)
    {
        if (!CsvRecords.IsOnceOnly(line.RecordNumber) || seen.Add(line.RecordNumber))
        {
            return true;
        }

        reader.AddRecord(PrescriptionCsvErrors.RepeatedRecord, line, "this record may appear once");
        return false;
    }

    [GeneratedRegex("^[0-9]{1,3}$")]
    private static partial Regex RecordNumberPattern();
}
