using System.Globalization;
using System.Text;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>
/// Writes records one per line (LF). The layout has no quoting, so a half-width comma in a value is written as a
/// full-width comma and a line break as a space; trailing empty fields are kept so every record has its full width.
/// </summary>
internal sealed class CsvRecordWriter
{
    private readonly StringBuilder text = new();

    public CsvRecordWriter(CsvDialect dialect) => text.Append(CsvHeader.Tag(dialect)).Append('\n');

    public void Add(int record, params string?[] fields)
    {
        text.Append(record.ToString(CultureInfo.InvariantCulture));
        foreach (var field in fields)
        {
            text.Append(',').Append(Clean(field));
        }

        text.Append('\n');
    }

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public override string ToString() => text.ToString();

    private static string Clean(string? value) =>
        value is null ? string.Empty : value.Replace(',', '，').Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
