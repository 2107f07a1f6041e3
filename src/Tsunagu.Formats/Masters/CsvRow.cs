using System.Globalization;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Masters;

/// <summary>
/// One data row of a master file, read column by column into typed values; every bad field adds an error naming its
/// line and column (<see cref="FieldError.Index"/> is the line), so a file reports all its problems at once.
/// </summary>
internal sealed class CsvRow(int line, IReadOnlyList<string> fields, IReadOnlyList<string> columnNames, List<FieldError> errors)
{
    private const string NoDate = "99999999";

    private readonly int errorsBefore = errors.Count;

    public int Line => line;

    /// <summary>True when reading this row added errors.</summary>
    public bool HasErrors => errors.Count > errorsBefore;

    /// <summary>The field of a 1-based column, trimmed.</summary>
    public string Text(int column) => fields[column - 1].Trim();

    /// <summary>The field, or an error when it is blank.</summary>
    public string Required(int column)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            Fail(column, InputErrors.Required);
        }

        return text;
    }

    /// <summary>The field, or null when blank.</summary>
    public string? Optional(int column) => Text(column) is { Length: > 0 } text ? text : null;

    /// <summary>A code of the shape <paramref name="isValid"/> accepts; blank is an error when required, else null.</summary>
    public string? Code(int column, Func<string, bool> isValid, bool required = true)
    {
        var text = required ? Required(column) : Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!isValid(text))
        {
            Fail(column, InputErrors.BadFormat, text);
        }

        return text;
    }

    /// <summary>A value from a code table; an error when <paramref name="parse"/> does not know the text.</summary>
    public T? OneOf<T>(int column, Func<string, T?> parse)
        where T : struct
    {
        var text = Text(column);
        var value = parse(text);
        if (value is null)
        {
            Fail(column, InputErrors.NotInTable, text);
        }

        return value;
    }

    /// <summary>A one-digit code of an enum (e.g. 変更区分, 剤形); an error when the enum has no such value.</summary>
    public T? Digit<T>(int column)
        where T : struct, Enum =>
        OneOf(column, text => text.Length == 1 && char.IsAsciiDigit(text[0]) && Enum.IsDefined(typeof(T), text[0] - '0') ? (T)Enum.ToObject(typeof(T), text[0] - '0') : (T?)null);

    /// <summary>Checks that the field holds exactly <paramref name="expected"/>.</summary>
    public void Fixed(int column, string expected)
    {
        if (Text(column) != expected)
        {
            Fail(column, InputErrors.NotInTable, $"expected {expected}, got {Text(column)}");
        }
    }

    /// <summary>A yyyyMMdd date; blank, 0 and 99999999 mean none.</summary>
    public DateOnly? Date(int column)
    {
        var text = Text(column);
        if (text is "" or "0" or NoDate)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail(column, MasterFileErrors.Date, text);
        return null;
    }

    /// <summary>An amount in yen with at most two decimals, not negative.</summary>
    public decimal Amount(int column)
    {
        var text = Text(column);
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var amount) && decimal.Round(amount, 2) == amount)
        {
            return amount;
        }

        Fail(column, InputErrors.BadFormat, text);
        return 0;
    }

    public void Fail(int column, ErrorCode error, string? detail = null) =>
        errors.Add(new FieldError(error, $"line {line}, column {column} ({columnNames[column - 1]})", line, detail));
}
