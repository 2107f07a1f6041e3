using System.Text.Json;
using Tsunagu.Domain.People;
using Tsunagu.Server.Demo.Generation;

namespace Tsunagu.Server.Tests.Demo;

/// <summary>Shared generator settings and helpers for the demo data tests.</summary>
internal static class DemoSamples
{
    public static readonly DateOnly Today = new(2026, 5, 1);

    public static DemoDataGenerator Generator(int people = 5_000, int facilities = 10_000, int seed = 42, int history = 0) =>
        new(new DemoDataOptions(people, facilities, seed, Today, history));

    /// <summary>Everything the generator makes, serialized, so that two data sets can be compared byte for byte.</summary>
    public static byte[] Serialize(DemoDataGenerator generator) =>
        JsonSerializer.SerializeToUtf8Bytes(new { generator.Organizations, People = generator.People().ToList() });

    public static int AgeOn(DateOnly birthdate, DateOnly date)
    {
        var age = date.Year - birthdate.Year;
        return date < birthdate.AddYears(age) ? age - 1 : age;
    }

    public static bool IsCurrent(Coverage coverage) => coverage.DisqualificationDate is null;
}
