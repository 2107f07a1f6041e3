namespace Tsunagu.Domain;

/// <summary>Japan Standard Time (UTC+9, no daylight saving): the calendar every national rule counts days in.</summary>
public static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateTimeOffset ToJapan(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The date in Japan at <paramref name="instant"/> (e.g. today's 資格確認日).</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
