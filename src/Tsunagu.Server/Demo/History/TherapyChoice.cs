using Tsunagu.Server.Demo.Generation;

namespace Tsunagu.Server.Demo.History;

/// <summary>Picks a therapy of one table by weight, among those that suit a child or an adult, with its drug lines.</summary>
internal sealed class TherapyChoice
{
    private readonly TherapyLines[] forChildren;
    private readonly TherapyLines[] forAdults;
    private readonly WeightedChoice children;
    private readonly WeightedChoice adults;

    public TherapyChoice(IReadOnlyList<Therapy> therapies)
    {
        var lines = therapies.Select(t => new TherapyLines(t)).ToArray();
        forChildren = [.. lines.Where(l => l.Therapy.Suits(child: true))];
        forAdults = [.. lines.Where(l => l.Therapy.Suits(child: false))];
        children = new WeightedChoice([.. forChildren.Select(l => l.Therapy.Weight)]);
        adults = new WeightedChoice([.. forAdults.Select(l => l.Therapy.Weight)]);
    }

    public TherapyLines Pick(bool child, DemoRandom random) => child ? forChildren[children.Pick(random)] : forAdults[adults.Pick(random)];
}
