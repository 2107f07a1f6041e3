using System.Globalization;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>A CSV code table: the code written in a field and the enum value it stands for, both ways.</summary>
internal sealed class CsvCodeTable<T>
    where T : struct, Enum
{
    private readonly Dictionary<string, T> byCode;
    private readonly Dictionary<T, string> byValue;

    public CsvCodeTable(params (string Code, T Value)[] entries)
    {
        byCode = entries.ToDictionary(e => e.Code, e => e.Value, StringComparer.Ordinal);
        byValue = entries.ToDictionary(e => e.Value, e => e.Code);
    }

    /// <summary>The codes for display in an error detail, e.g. <c>1/2/3</c>.</summary>
    public string Codes => string.Join("/", byCode.Keys);

    /// <summary>A table whose codes are the enum values' numbers.</summary>
    public static CsvCodeTable<T> Numeric(params T[] values) =>
        new([.. values.Select(v => (Convert.ToInt32(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), v))]);

    /// <summary>A table of every value of <typeparamref name="T"/>, coded by number.</summary>
    public static CsvCodeTable<T> AllNumeric() => Numeric(Enum.GetValues<T>());

    public bool TryGet(string code, out T value) => byCode.TryGetValue(code, out value);

    /// <summary>The code of <paramref name="value"/>, or null when this table has none for it.</summary>
    public string? CodeOf(T? value) => value is { } known && byValue.TryGetValue(known, out var code) ? code : null;
}
