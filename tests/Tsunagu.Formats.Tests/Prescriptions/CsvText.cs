namespace Tsunagu.Formats.Tests.Prescriptions;

/// <summary>Line edits on CSV text for malformed-input tests; line numbers are 1-based as in the reader's errors.</summary>
internal static class CsvText
{
    public static List<string> Lines(string csv) => [.. csv.TrimEnd('\n').Split('\n')];

    public static string Join(IEnumerable<string> lines) => string.Join('\n', lines) + "\n";

    /// <summary>The 1-based line number of the first line starting with <paramref name="prefix"/>.</summary>
    public static int LineOf(string csv, string prefix) => Lines(csv).FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal)) + 1;

    public static string Replace(string csv, string prefix, string line)
    {
        var lines = Lines(csv);
        lines[LineOf(csv, prefix) - 1] = line;
        return Join(lines);
    }

    public static string Remove(string csv, string prefix) => Join(Lines(csv).Where(l => !l.StartsWith(prefix, StringComparison.Ordinal)));

    /// <summary>Inserts <paramref name="line"/> before the first line starting with <paramref name="prefix"/>.</summary>
    public static string InsertBefore(string csv, string prefix, string line)
    {
        var lines = Lines(csv);
        lines.Insert(LineOf(csv, prefix) - 1, line);
        return Join(lines);
    }

    public static string Append(string csv, params string[] lines) => Join([.. Lines(csv), .. lines]);
}
