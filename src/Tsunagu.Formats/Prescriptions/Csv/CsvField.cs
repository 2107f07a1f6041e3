namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>One field of a CSV record: its position after the record number (1-based) and its Japanese name.</summary>
internal sealed record CsvField(int Position, string NameJa);
