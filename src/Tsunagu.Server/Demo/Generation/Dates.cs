namespace Tsunagu.Server.Demo.Generation;

/// <summary>Date helpers for the coverage rules.</summary>
internal static class Dates
{
    public static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>The first day of the yearly term that starts on the 1st of <paramref name="startMonth"/> and contains <paramref name="date"/>.</summary>
    public static DateOnly TermStart(DateOnly date, int startMonth)
    {
        var start = new DateOnly(date.Year, startMonth, 1);
        return start <= date ? start : start.AddYears(-1);
    }

    /// <summary>The last day of that term.</summary>
    public static DateOnly TermEnd(DateOnly date, int startMonth) => TermStart(date, startMonth).AddYears(1).AddDays(-1);

}
