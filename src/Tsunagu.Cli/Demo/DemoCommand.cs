using System.CommandLine;
using System.Globalization;
using Tsunagu.Cli.Hosting;
using Tsunagu.Server.Demo;
using Tsunagu.Server.Demo.Generation;

namespace Tsunagu.Cli.Demo;

/// <summary>
/// <c>tsunagu demo generate --people N --facilities M --seed S --history H</c>: generates the deterministic demo data set —
/// with H medication-history entries (drug lines) per person on average — and loads it through the bulk paths, with a
/// progress bar, then writes the demo clients to data/demo-clients.json.
/// </summary>
public static class DemoCommand
{
    /// <summary>At most this many history entries per person on average (1,000 per person is far beyond any patient).</summary>
    public const int MaxHistory = 1_000;

    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "How many people (each with coverage).", DefaultValueFactory = _ => 10_000 };
        var facilities = new Option<int>("--facilities") { Description = "How many facilities.", DefaultValueFactory = _ => 1_000 };
        var seed = new Option<int>("--seed") { Description = "Same seed and sizes give the same data.", DefaultValueFactory = _ => DemoSeeder.DefaultSeed };
        var history = new Option<int>("--history")
        {
            Description = "Medication-history entries per person on average: drug lines (one medication_history row each) of the past year's " +
                "prescriptions, dispensings and in-house orders. 0 for none.",
            DefaultValueFactory = _ => 0,
        };
        people.Validators.Add(r => Range(r, 0, DemoDataGenerator.MaxPeople));
        facilities.Validators.Add(r => Range(r, 0, DemoDataGenerator.MaxFacilities));
        history.Validators.Add(r => Range(r, 0, MaxHistory));
        var generate = new Command("generate", "Generate a deterministic, realistic demo data set into the configured database.") { people, facilities, seed, history };
        generate.Validators.Add(r =>
        {
            if (r.GetValue(history) > 0 && r.GetValue(facilities) < DemoDataGenerator.MinFacilitiesForHistory)
            {
                r.AddError($"--history needs --facilities {DemoDataGenerator.MinFacilitiesForHistory} or more (a clinic and a pharmacy).");
            }
        });
        generate.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
            var bar = ConsoleProgress.ForStandardError(parseResult, "loading");
            var (summary, _) = await services.Get<DemoSeeder>().GenerateAsync(
                parseResult.GetValue(people), parseResult.GetValue(facilities), parseResult.GetValue(seed), parseResult.GetValue(history),
                new ImmediateProgress<DemoLoadProgress>(p => bar.Report((p.RowsWritten, p.ExpectedRows))), cancellationToken);
            bar.Complete();
            var seconds = summary.Elapsed.TotalSeconds;
            parseResult.Out().WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Loaded {summary.Organizations:N0} organizations, {summary.Coverages:N0} coverages, {summary.HistoryLines:N0} medication-history lines and {summary.Drugs:N0} drugs " +
                $"into {services.Database.EngineName} in {seconds:F1} s ({(summary.Coverages + summary.HistoryLines) / Math.Max(seconds, 0.001):N0} rows/s). " +
                $"Demo clients: {DemoCredentialsFile.PathIn(services.Options.DataFolder)}"));
            return CommandOutput.Success;
        });
        var command = new Command("demo", "Demo data.");
        command.Subcommands.Add(generate);
        command.Subcommands.Add(DemoQueriesCommand.Create());
        return command;
    }

    private static void Range(System.CommandLine.Parsing.OptionResult result, int min, int max)
    {
        var value = result.GetValueOrDefault<int>();
        if (value < min || value > max)
        {
            result.AddError($"{result.Option.Name} must be between {min:N0} and {max:N0}.");
        }
    }
}
