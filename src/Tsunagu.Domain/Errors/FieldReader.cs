using System.Globalization;

namespace Tsunagu.Domain.Errors;

/// <summary>
/// Reads the raw string fields of a draft into typed values, collecting one <see cref="FieldError"/> per bad field
/// so that a caller can report every problem of a record at once.
/// </summary>
public sealed class FieldReader(int? index = null)
{
    private readonly List<FieldError> errors = [];

    public IReadOnlyList<FieldError> Errors => errors;

    public bool HasErrors => errors.Count > 0;

    public void Add(ErrorCode error, string field, string? detail = null) => errors.Add(new FieldError(error, field, index, detail));

    public void AddRange(IEnumerable<FieldError> found) => errors.AddRange(found.Select(e => e with { Index = index }));

    /// <summary>A text field; blank counts as absent. Returns the trimmed value or null.</summary>
    public string? Text(string? value, string field, int maxLength, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(InputErrors.Required, field);
            }

            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            Add(InputErrors.TooLong, field, $"{trimmed.Length} > {maxLength} characters");
            return null;
        }

        return trimmed;
    }

    /// <summary>An ISO 8601 calendar date (yyyy-MM-dd).</summary>
    public DateOnly? Date(string? value, string field, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(InputErrors.Required, field);
            }

            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(InputErrors.InvalidDate, field, value);
        return null;
    }

    /// <summary>A code that must be one of <paramref name="table"/>.</summary>
    public string? Code(string? value, string field, IReadOnlySet<string> table, bool required = false)
    {
        var text = Text(value, field, 8, required);
        if (text is not null && !table.Contains(text))
        {
            Add(InputErrors.NotInTable, field, text);
            return null;
        }

        return text;
    }

    /// <summary>Records an error when <paramref name="earlier"/> falls after <paramref name="later"/>.</summary>
    public void Ordered(DateOnly? earlier, DateOnly? later, string laterField)
    {
        if (earlier is { } from && later is { } to && to < from)
        {
            Add(InputErrors.DatesOutOfOrder, laterField, $"{to:yyyy-MM-dd} is before {from:yyyy-MM-dd}");
        }
    }
}
