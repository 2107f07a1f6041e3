using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Masters;

/// <summary>
/// The data rows of a decoded master file: skips blank lines and the header row, reports rows with the wrong number
/// of columns or an unclosed quote, and hands every other row over as a <see cref="CsvRow"/>.
/// </summary>
internal sealed class CsvTable(IReadOnlyList<string> columnNames)
{
    private readonly List<FieldError> errors = [];
    private readonly Dictionary<string, int> firstLines = new(StringComparer.Ordinal);

    /// <summary>
    /// The rows of <paramref name="text"/>. A first line whose first field is the first column name is the header;
    /// when <paramref name="requiredHeaderNames"/> is above zero the header must be there and start with that many
    /// of the column names.
    /// </summary>
    public IEnumerable<CsvRow> Rows(string text, int requiredHeaderNames = 0)
    {
        foreach (var (number, line) in MasterText.Lines(text))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = CsvFields.Split(line);
            if (number == 1 && IsHeader(fields, requiredHeaderNames))
            {
                continue;
            }

            if (fields is null)
            {
                Fail(number, MasterFileErrors.UnclosedQuote, null);
            }
            else if (fields.Count != columnNames.Count)
            {
                Fail(number, MasterFileErrors.ColumnCount, $"{fields.Count} columns, expected {columnNames.Count}");
            }
            else
            {
                yield return new CsvRow(number, fields, columnNames, errors);
            }
        }
    }

    /// <summary>
    /// True the first time a row of the file holds <paramref name="code"/>; a later row gets an error on
    /// <paramref name="column"/> naming the first.
    /// </summary>
    public bool Unique(CsvRow row, int column, string code)
    {
        if (firstLines.TryAdd(code, row.Line))
        {
            return true;
        }

        row.Fail(column, MasterFileErrors.DuplicateCode, $"{code} is also on line {firstLines[code]}");
        return false;
    }

    /// <summary>The rows read, or every error found (a file without data rows is one).</summary>
    public ValidationResult<IReadOnlyList<T>> Result<T>(List<T> items)
    {
        if (items.Count == 0 && errors.Count == 0)
        {
            Fail(1, MasterFileErrors.Empty, null);
        }

        return errors.Count == 0 ? ValidationResult<IReadOnlyList<T>>.Valid(items) : ValidationResult<IReadOnlyList<T>>.Invalid(errors);
    }

    /// <summary>Adds an error about a whole line.</summary>
    public void Fail(int line, ErrorCode error, string? detail) => errors.Add(new FieldError(error, $"line {line}", line, detail));

    private bool IsHeader(List<string>? fields, int requiredNames)
    {
        var header = fields is not null && fields[0].Trim() == columnNames[0];
        if (requiredNames > 0 && (!header || !fields!.Select(f => f.Trim()).Take(requiredNames).SequenceEqual(columnNames.Take(requiredNames))))
        {
            Fail(1, MasterFileErrors.Header, $"expected {string.Join(",", columnNames.Take(requiredNames))}");
            return true;
        }

        return header;
    }
}
