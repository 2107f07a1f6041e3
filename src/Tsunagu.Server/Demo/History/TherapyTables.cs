namespace Tsunagu.Server.Demo.History;

/// <summary>The therapy tables as weighted choices of their shared drug lines, made once.</summary>
internal static class TherapyTables
{
    public static TherapyChoice LongTerm { get; } = new(Therapies.LongTerm);

    public static TherapyChoice Acute { get; } = new(Therapies.Acute);

    public static TherapyChoice Topical { get; } = new(Therapies.Topical);

    public static TherapyChoice AsNeeded { get; } = new(Therapies.AsNeeded);
}
