namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>One record line: its line number in the file (the header is line 1), its record number and its fields after the record number.</summary>
internal sealed record CsvLine(int LineNumber, int RecordNumber, IReadOnlyList<string> Fields)
{
    /// <summary>The trimmed field at a 1-based position, or null when it is absent or blank.</summary>
    public string? this[int position] =>
        position >= 1 && position <= Fields.Count && !string.IsNullOrWhiteSpace(Fields[position - 1]) ? Fields[position - 1].Trim() : null;

    public string? this[CsvField field] => this[field.Position];

    /// <summary>Where this record is, for error messages: <c>line 7, record 201</c>.</summary>
    public string Location => $"line {LineNumber}, record {RecordNumber}";

    /// <summary>Where a field of this record is: <c>line 7, record 201, field 5 (薬品コード)</c>.</summary>
    public string LocationOf(CsvField field) => $"{Location}, field {field.Position} ({field.NameJa})";
}
