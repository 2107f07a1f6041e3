namespace Tsunagu.Server.Demo;

/// <summary>What a demo load wrote, and how long it took.</summary>
/// <param name="Drugs">Drugs of the demo drug master, loaded after the people.</param>
public sealed record DemoLoadSummary(int Organizations, long Coverages, TimeSpan Elapsed, int Drugs = 0);
