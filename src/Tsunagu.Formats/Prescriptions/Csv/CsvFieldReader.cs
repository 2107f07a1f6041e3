using System.Globalization;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>
/// Reads typed values from CSV fields and collects every error, each naming its line (as <see cref="FieldError.Index"/>
/// and in the field text), record number, field position and field name.
/// </summary>
internal sealed class CsvFieldReader(bool checkIdentifiers)
{
    private readonly List<FieldError> errors = [];

    /// <summary>Whether 医療機関コード, 保険者番号 and 公費負担者番号 are checked (see <see cref="DocumentReadOptions.CheckIdentifiers"/>).</summary>
    public bool CheckIdentifiers { get; } = checkIdentifiers;

    public IReadOnlyList<FieldError> Errors => errors;

    public bool HasErrors => errors.Count > 0;

    public void Add(ErrorCode error, CsvLine line, CsvField field, string? detail = null) =>
        errors.Add(new FieldError(error, line.LocationOf(field), line.LineNumber, detail));

    public void AddRecord(ErrorCode error, CsvLine line, string? detail = null) =>
        errors.Add(new FieldError(error, line.Location, line.LineNumber, detail));

    public void AddLine(ErrorCode error, int lineNumber, string record, string? detail = null) =>
        errors.Add(new FieldError(error, $"line {lineNumber}, record {record}", lineNumber, detail));

    public void AddMissing(int record, string name, string? detail = null) =>
        errors.Add(new FieldError(PrescriptionCsvErrors.MissingRecord, $"record {record} ({name})", Detail: detail));

    /// <summary>A problem of the document as a whole, named by the records concerned.</summary>
    public void AddDocument(ErrorCode error, string records, string? detail = null) =>
        errors.Add(new FieldError(error, records, Detail: detail));

    /// <summary>Re-reports errors of a code parser (保険者番号, …) against the CSV field they came from.</summary>
    public void AddFrom(IEnumerable<FieldError> found, CsvLine line, CsvField field)
    {
        foreach (var error in found)
        {
            Add(error.Error, line, field, error.Detail);
        }
    }

    public string? Text(CsvLine line, CsvField field, bool required = false)
    {
        var value = line[field];
        if (value is null && required)
        {
            Add(InputErrors.Required, line, field);
        }

        return value;
    }

    /// <summary>A date written yyyyMMdd.</summary>
    public DateOnly? Date(CsvLine line, CsvField field, bool required = false)
    {
        var text = Text(line, field, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(PrescriptionCsvErrors.Date, line, field, text);
        return null;
    }

    /// <summary>A non-negative decimal written with half-width digits and an optional '.'.</summary>
    public decimal? Number(CsvLine line, CsvField field, bool required = false)
    {
        var text = Text(line, field, required);
        if (text is null)
        {
            return null;
        }

        if (text.All(c => char.IsAsciiDigit(c) || c == '.')
            && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Add(PrescriptionCsvErrors.Number, line, field, text);
        return null;
    }

    /// <summary>A non-negative whole number.</summary>
    public int? Integer(CsvLine line, CsvField field, bool required = false)
    {
        var number = Number(line, field, required);
        if (number is null)
        {
            return null;
        }

        if (number == decimal.Truncate(number.Value) && number <= int.MaxValue)
        {
            return (int)number.Value;
        }

        Add(PrescriptionCsvErrors.Number, line, field, $"{line[field]} is not a whole number");
        return null;
    }

    /// <summary>A code from <paramref name="table"/>.</summary>
    public T? Code<T>(CsvLine line, CsvField field, CsvCodeTable<T> table, bool required = false)
        where T : struct, Enum
    {
        var text = Text(line, field, required);
        if (text is null)
        {
            return null;
        }

        if (table.TryGet(text, out var value))
        {
            return value;
        }

        Add(InputErrors.NotInTable, line, field, $"'{text}' is not one of {table.Codes}");
        return null;
    }
}
