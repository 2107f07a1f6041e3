using Tsunagu.Domain.People;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Streams the demo people household by household, without holding more than one household in memory. The stream is a
/// pure function of the seed and "today": a larger count extends a smaller one's stream without changing it.
/// </summary>
internal sealed class PeopleGenerator(DemoDataOptions options, InsurerCatalog insurers)
{
    public IEnumerable<Coverage> Generate()
    {
        var random = new DemoRandom(options.Seed, RandomStream.People);
        var cards = new CardNumbering(insurers.All.Count, random);
        var composer = new HouseholdComposer(options.Today);
        var planner = new HouseholdPlanner(insurers, options.Today);
        var factory = new CoverageFactory(insurers, cards, options.Today);
        var coverages = new List<Coverage>(16);
        for (var remaining = options.People; remaining > 0;)
        {
            var household = composer.Compose(random);
            var plan = planner.Plan(household, random);
            var count = Math.Min(household.Members.Count, remaining);
            coverages.Clear();
            factory.Cover(household, plan, count, random, coverages);
            foreach (var coverage in coverages)
            {
                yield return coverage;
            }

            remaining -= count;
        }
    }
}
