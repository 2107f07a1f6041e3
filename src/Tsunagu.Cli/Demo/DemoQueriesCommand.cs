using System.CommandLine;
using Tsunagu.Domain;
using Tsunagu.Server.Demo;
using Tsunagu.Server.Demo.Generation;
using Tsunagu.Server.Demo.Requests;

namespace Tsunagu.Cli.Demo;

/// <summary>
/// <c>tsunagu demo queries [--kind eligibility|prescription-check|prescription-register] --people N --seed S --count K --out FILE</c>:
/// writes K request bodies, one per line, for people of the demo data set made with the same size and seed — input for
/// load tests (bench/wrk). Eligibility and check bodies are JSON; registration bodies are signed XML (application/xml) by a
/// doctor of the demo clinic in the data folder's demo-clients.json, certified by its test HPKI CA (<c>tsunagu pki init</c>).
/// </summary>
public static class DemoQueriesCommand
{
    public const string Eligibility = "eligibility";
    public const string PrescriptionCheck = "prescription-check";
    public const string PrescriptionRegister = "prescription-register";

    public static Command Create()
    {
        var kind = new Option<string>("--kind")
        {
            Description = $"{Eligibility} (POST /eligibility/check), {PrescriptionCheck} (POST /prescriptions/check) or {PrescriptionRegister} (signed POST /prescriptions).",
            DefaultValueFactory = _ => Eligibility,
        };
        kind.AcceptOnlyFromAmong(Eligibility, PrescriptionCheck, PrescriptionRegister);
        var people = new Option<int>("--people") { Description = "The --people the demo set was generated with.", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "The --seed the demo set was generated with.", DefaultValueFactory = _ => DemoSeeder.DefaultSeed };
        var count = new Option<int>("--count") { Description = "How many bodies to write.", DefaultValueFactory = _ => 10_000 };
        var output = new Option<FileInfo>("--out") { Description = "Where to write them, one per line.", Required = true };
        var command = new Command("queries", "Write request bodies for demo people (load-test input).") { kind, people, seed, count, output };
        command.SetAction(parseResult =>
        {
            var now = DateTimeOffset.UtcNow;
            var generator = new DemoDataGenerator(new DemoDataOptions(parseResult.GetValue(people), 0, parseResult.GetValue(seed), JapanTime.DateOf(now)));
            var chosen = DemoRequestPeople.Spread(generator, parseResult.GetValue(count));
            var file = parseResult.GetRequiredValue(output).FullName;
            return parseResult.GetValue(kind) switch
            {
                PrescriptionCheck => Write(parseResult, file, "prescription-check", chosen.Select(p => DemoCheckBodies.Of(generator, p))),
                PrescriptionRegister => WriteSigned(parseResult, file, generator, chosen, now),
                _ => Write(parseResult, file, "eligibility-check", chosen.Select(p => DemoPatient.Of(p.Coverage).RequestBody())),
            };
        });
        return command;
    }

    /// <summary>Signs on every core: a signature costs a few milliseconds.</summary>
    private static int WriteSigned(ParseResult parseResult, string file, DemoDataGenerator generator, IEnumerable<Server.Demo.History.DemoPerson> chosen, DateTimeOffset now)
    {
        var clinic = DemoCredentialsFile.TryRead(parseResult.DataFolder())?.Clients.FirstOrDefault(c => c.Kind == "clinic");
        if (clinic is null)
        {
            parseResult.InvocationConfiguration.Error.WriteLine(
                $"error: no demo clinic in {DemoCredentialsFile.PathIn(parseResult.DataFolder())}: run `tsunagu demo generate` with this --data first.");
            return CommandOutput.Failure;
        }

        var bodies = DemoRegistrationBodies.Create(parseResult.DataFolder(), clinic, now);
        if (!bodies.IsValid)
        {
            return CommandOutput.Fail(parseResult, bodies.Errors);
        }

        using var signing = bodies.Value!;
        return Write(parseResult, file, $"signed registration (clinic {clinic.Code})", chosen.AsParallel().AsOrdered().Select(p => signing.Of(generator, p)));
    }

    private static int Write(ParseResult parseResult, string file, string what, IEnumerable<string> bodies)
    {
        var written = 0;
        using (var writer = new StreamWriter(file) { NewLine = "\n" })
        {
            foreach (var body in bodies)
            {
                writer.WriteLine(body);
                written++;
            }
        }

        parseResult.Out().WriteLine($"Wrote {written} {what} bodies to {file}.");
        return CommandOutput.Success;
    }
}
