namespace Tsunagu.Server.Demo;

/// <summary>What a demo load wrote, and how long it took.</summary>
/// <param name="HistoryLines">Medication-history rows (drug lines of the demo people's past prescriptions and dispensings).</param>
/// <param name="Drugs">Drugs of the demo drug master, loaded after the people.</param>
public sealed record DemoLoadSummary(int Organizations, long Coverages, long HistoryLines, TimeSpan Elapsed, int Drugs = 0);
