namespace Tsunagu.Server.Tests.Demo;

public sealed class DemoDeterminismTests
{
    [Fact]
    public void The_same_seed_and_sizes_give_byte_identical_data()
    {
        var first = DemoSamples.Serialize(DemoSamples.Generator(people: 3_000, facilities: 2_000));
        var second = DemoSamples.Serialize(DemoSamples.Generator(people: 3_000, facilities: 2_000));

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_seed_gives_different_data()
    {
        var first = DemoSamples.Serialize(DemoSamples.Generator(people: 1_000, facilities: 500, seed: 1));
        var second = DemoSamples.Serialize(DemoSamples.Generator(people: 1_000, facilities: 500, seed: 2));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Enumerating_the_people_twice_yields_the_same_records()
    {
        var generator = DemoSamples.Generator(people: 500, facilities: 47);

        Assert.Equal(generator.People().Select(c => c.Key), generator.People().Select(c => c.Key));
    }

    [Fact]
    public void More_people_extend_the_stream_of_fewer_without_changing_it()
    {
        var fewer = DemoSamples.Generator(people: 1_000).People().Select(c => c.Key).ToList();
        var more = DemoSamples.Generator(people: 2_000).People().Select(c => c.Key).Take(fewer.Count).ToList();

        Assert.Equal(fewer, more);
    }

    [Fact]
    public void Sizes_outside_the_supported_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoSamples.Generator(people: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoSamples.Generator(facilities: 300_001));
    }
}
