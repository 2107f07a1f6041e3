using Tsunagu.Server.Demo.Generation;
using Tsunagu.Server.Demo.History;

namespace Tsunagu.Server.Demo.Requests;

/// <summary>The demo people load-test bodies are written for: spread evenly over the data set, so the server sees many different patients.</summary>
public static class DemoRequestPeople
{
    public static IEnumerable<DemoPerson> Spread(DemoDataGenerator generator, int count)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var wanted = Math.Max(1, count);
        var step = Math.Max(1, generator.Options.People / wanted);
        return generator.Persons().Where(p => p.Ordinal % step == 0).Take(wanted);
    }
}
