using Tsunagu.Server.Demo.Generation;

namespace Tsunagu.Server.Demo.History;

/// <summary>What a doctor writes for an acute complaint: usually an 内服 for a week or two, often with a 外用 or a 頓服.</summary>
internal static class AcuteEpisode
{
    private const double OralShare = 0.8;
    private const double TopicalShare = 0.3;
    private const double AsNeededShare = 0.25;
    private const double GenericShare = 0.5;

    public static IReadOnlyList<WrittenTherapy> Draw(bool child, DemoRandom random)
    {
        var written = new List<WrittenTherapy>(3);
        if (random.Chance(OralShare))
        {
            written.Add(Write(TherapyTables.Acute.Pick(child, random), random));
        }

        if (random.Chance(TopicalShare))
        {
            written.Add(Write(TherapyTables.Topical.Pick(child, random), random));
        }

        if (random.Chance(AsNeededShare) || written.Count == 0)
        {
            written.Add(Write(TherapyTables.AsNeeded.Pick(child, random), random));
        }

        return written;
    }

    private static WrittenTherapy Write(TherapyLines lines, DemoRandom random) =>
        new(lines, random.Pick(lines.Therapy.Supplies), lines.HasGeneric && random.Chance(GenericShare));
}
