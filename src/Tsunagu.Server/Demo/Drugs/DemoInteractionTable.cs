using Tsunagu.Domain.Drugs;

namespace Tsunagu.Server.Demo.Drugs;

/// <summary>
/// The demo interaction table, by class key: the well-known 併用禁忌 pairs of eprescription.md §6b (from package
/// inserts; シルデナフィル with every nitrate route) and a few 併用注意 pairs, which the check does not report.
/// </summary>
internal static class DemoInteractionTable
{
    public static IReadOnlyList<Interaction> All { get; } =
    [
        new("1124007", "6290004", InteractionLevel.Contraindicated),
        new("2189011", "6290004", InteractionLevel.Contraindicated),
        new("2149043", "6290004", InteractionLevel.Contraindicated),
        new("1179018", "6149003", InteractionLevel.Contraindicated),
        new("1149109", "6149003", InteractionLevel.Contraindicated),
        new("1190023", "6149003", InteractionLevel.Contraindicated),
        new("1249010", "1179039", InteractionLevel.Contraindicated),
        new("1249010", "6241008", InteractionLevel.Contraindicated),
        new("1249010", "6241400", InteractionLevel.Contraindicated),
        new("1190016", "1179039", InteractionLevel.Contraindicated),
        new("2190028", "2171011", InteractionLevel.Contraindicated),
        new("2190028", "2171700", InteractionLevel.Contraindicated),
        new("2190028", "2171018", InteractionLevel.Contraindicated),
        new("2190028", "2171701", InteractionLevel.Contraindicated),
        new("2190028", "2171403", InteractionLevel.Contraindicated),
        new("6149003", "2189011", InteractionLevel.Caution),
        new("6149003", "2171022", InteractionLevel.Caution),
        new("1149019", "3332001", InteractionLevel.Caution),
        new("3399007", "3332001", InteractionLevel.Caution),
    ];
}
