using Tsunagu.Server.Demo.Generation;

namespace Tsunagu.Server.Demo.History;

/// <summary>
/// A person's long-term therapies (at most one per group) and the interval their doctor refills them at. How many
/// grows with age: most children take none, most people over 75 take two or three.
/// </summary>
/// <param name="Interval">Days between refills, and the days each refill supplies (28 to 90; 30 at most with a 向精神薬).</param>
/// <param name="Generic">For each therapy, whether its doctor writes it by 一般名.</param>
internal sealed record LongTermRegimen(IReadOnlyList<TherapyLines> Therapies, IReadOnlyList<bool> Generic, int Interval)
{
    private const int Attempts = 8;

    private static readonly int[] Intervals = [28, 30, 56, 60, 84, 90];
    private static readonly WeightedChoice IntervalChoice = new([30, 20, 15, 10, 10, 15]);

    /// <summary>Chances of 0, 1, 2, 3 long-term therapies by age: under 15, 15–39, 40–64, 65–74, 75 and over.</summary>
    private static readonly WeightedChoice[] CountByAge =
    [
        new([90, 10]),
        new([75, 20, 5]),
        new([40, 32, 20, 8]),
        new([15, 28, 32, 25]),
        new([8, 20, 35, 37]),
    ];

    public bool IsEmpty => Therapies.Count == 0;

    /// <summary>Draws the regimen; its draws depend only on the age, so any facility set gives the same drugs.</summary>
    public static LongTermRegimen Draw(int age, DemoRandom random)
    {
        var count = CountByAge[AgeBands.Of(age)].Pick(random);
        var chosen = new List<TherapyLines>(count);
        for (var attempt = 0; chosen.Count < count && attempt < Attempts * count; attempt++)
        {
            var therapy = TherapyTables.LongTerm.Pick(age < AgeBands.Adult, random);
            if (chosen.All(c => c.Therapy.Group != therapy.Therapy.Group))
            {
                chosen.Add(therapy);
            }
        }

        var generic = chosen.Select(c => c.HasGeneric && random.Chance(0.5)).ToArray();
        var interval = Intervals[IntervalChoice.Pick(random)];
        var cap = chosen.Where(c => c.Therapy.Form == Domain.Prescriptions.DosageForm.Internal).Select(c => c.Therapy.MaxDays).DefaultIfEmpty(interval).Min();
        return new LongTermRegimen(chosen, generic, Math.Min(interval, cap));
    }

    /// <summary>One refill: every therapy for the interval (外用 in one of its amounts).</summary>
    public IReadOnlyList<WrittenTherapy> Refill(DemoRandom random) =>
        [.. Therapies.Select((t, i) => new WrittenTherapy(t, t.Therapy.Form == Domain.Prescriptions.DosageForm.External ? random.Pick(t.Therapy.Supplies) : Interval, Generic[i]))];
}
