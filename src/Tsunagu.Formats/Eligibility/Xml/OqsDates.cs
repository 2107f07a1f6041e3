using System.Globalization;
using Tsunagu.Domain;

namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>Dates and times as the eligibility XmlMsg writes them: <c>yyyyMMdd</c> and <c>yyyyMMddHHmmss</c> in Japan time.</summary>
internal static class OqsDates
{
    private const string DateFormat = "yyyyMMdd";
    private const string IsoFormat = "yyyy-MM-dd";

    /// <summary>Eight half-width digits naming a date that exists.</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        return text.Length == DateFormat.Length && text.All(char.IsAsciiDigit)
            && DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    public static string Iso(DateOnly date) => date.ToString(IsoFormat, CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    /// <summary>An ISO date of a draft back in yyyyMMdd (null stays null).</summary>
    public static string? FromIso(string? iso) =>
        DateOnly.TryParseExact(iso, IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Date(date) : iso;

    public static string Time(DateTimeOffset instant) => JapanTime.ToJapan(instant).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
}
