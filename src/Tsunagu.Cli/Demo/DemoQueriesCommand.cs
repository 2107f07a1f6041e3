using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Tsunagu.Domain;
using Tsunagu.Server.Demo;
using Tsunagu.Server.Demo.Generation;

namespace Tsunagu.Cli.Demo;

/// <summary>
/// <c>tsunagu demo queries --people N --seed S --count K --out FILE</c>: writes K eligibility-check bodies (one JSON
/// object per line) for people of the demo data set made with the same size and seed — input for load tests (bench/wrk).
/// </summary>
public static class DemoQueriesCommand
{
    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "The --people the demo set was generated with.", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "The --seed the demo set was generated with.", DefaultValueFactory = _ => DemoSeeder.DefaultSeed };
        var count = new Option<int>("--count") { Description = "How many check bodies to write.", DefaultValueFactory = _ => 10_000 };
        var output = new Option<FileInfo>("--out") { Description = "Where to write them.", Required = true };
        var command = new Command("queries", "Write eligibility-check request bodies for demo people (load-test input).") { people, seed, count, output };
        command.SetAction(parseResult =>
        {
            var total = parseResult.GetValue(people);
            var wanted = Math.Max(1, parseResult.GetValue(count));
            var generator = new DemoDataGenerator(new DemoDataOptions(total, 0, parseResult.GetValue(seed), JapanTime.DateOf(DateTimeOffset.UtcNow)));
            var step = Math.Max(1, total / wanted);
            using var writer = new StreamWriter(parseResult.GetRequiredValue(output).FullName);
            var written = 0;
            foreach (var coverage in generator.People().Where(c => c.DisqualificationDate is null).Where((_, i) => i % step == 0).Take(wanted))
            {
                writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["insurerNumber"] = coverage.Key.InsurerNumber,
                    ["insuredCardSymbol"] = coverage.Key.Symbol,
                    ["insuredIdentificationNumber"] = coverage.Key.Number,
                    ["insuredBranchNumber"] = coverage.Key.Branch,
                    ["birthdate"] = coverage.Birthdate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                }));
                written++;
            }

            parseResult.Out().WriteLine($"Wrote {written} check bodies to {parseResult.GetRequiredValue(output).FullName}.");
            return CommandOutput.Success;
        });
        return command;
    }
}
