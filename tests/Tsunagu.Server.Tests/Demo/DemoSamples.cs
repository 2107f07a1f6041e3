using Tsunagu.Server.Demo.Generation;

namespace Tsunagu.Server.Tests.Demo;

/// <summary>Shared generator settings and helpers for the demo data tests.</summary>
internal static class DemoSamples
{
    public static readonly DateOnly Today = new(2026, 5, 1);

    public static DemoDataGenerator Generator(int people = 5_000, int facilities = 10_000, int seed = 42) =>
        new(new DemoDataOptions(people, facilities, seed, Today));
}
