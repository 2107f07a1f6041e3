namespace Tsunagu.Domain;

/// <summary>Instants as the platform keeps them: to the millisecond, so what an answer shows is what is stored.</summary>
public static class Instants
{
    public static DateTimeOffset ToMilliseconds(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds()).ToOffset(instant.Offset);
}
