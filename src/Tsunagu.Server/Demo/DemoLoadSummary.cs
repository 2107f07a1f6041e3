namespace Tsunagu.Server.Demo;

/// <summary>What a demo load wrote, and how long it took.</summary>
public sealed record DemoLoadSummary(int Organizations, long Coverages, TimeSpan Elapsed);
