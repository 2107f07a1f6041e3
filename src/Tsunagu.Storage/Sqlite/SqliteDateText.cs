using System.Globalization;

namespace Tsunagu.Storage.Sqlite;

/// <summary>
/// Dates as SQLite keeps them: <c>yyyy-MM-dd</c> text, as Microsoft.Data.Sqlite and the bulk paths write a
/// <see cref="DateOnly"/>. That form is read digit by digit; Microsoft.Data.Sqlite's own reading goes through
/// <see cref="DateOnly.Parse(string, IFormatProvider)"/>, which was about 1 % of a signed registration's CPU profile
/// (two dates in each of the ten or so history rows its check reads). Any other text a person may have stored by hand
/// (<c>2026-4-2</c>, say) is read as that method reads it.
/// </summary>
internal static class SqliteDateText
{
    public static DateOnly Parse(string text) =>
        IsCanonical(text, out var year, out var month, out var day) ? new DateOnly(year, month, day) : DateOnly.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="text"/> is <c>yyyy-MM-dd</c> naming a day of the calendar.</summary>
    private static bool IsCanonical(string text, out int year, out int month, out int day)
    {
        (year, month, day) = (0, 0, 0);
        return text.Length == 10 && text[4] == '-' && text[7] == '-' &&
            Digits(text.AsSpan(0, 4), out year) && Digits(text.AsSpan(5, 2), out month) && Digits(text.AsSpan(8, 2), out day) &&
            year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
