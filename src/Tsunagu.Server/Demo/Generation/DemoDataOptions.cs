namespace Tsunagu.Server.Demo.Generation;

/// <summary>What the demo data generator makes.</summary>
/// <param name="People">How many people (each with a current coverage, 資格); job changers add an earlier coverage.</param>
/// <param name="Facilities">How many facilities (医療機関・薬局・訪問看護ステーション).</param>
/// <param name="Seed">Same seed and sizes give the same data, to the byte.</param>
/// <param name="Today">The date the data is "as of": ages, coverage dates and certificate terms count from it; no clock is read.</param>
/// <param name="History">
/// Medication-history entries per person on average: drug lines (one <c>medication_history</c> row each) of the past
/// year's prescriptions, dispensings and in-house orders; 0 for none.
/// </param>
public sealed record DemoDataOptions(int People, int Facilities, int Seed, DateOnly Today, int History = 0);
