using System.CommandLine;
using Tsunagu.Cli.Hosting;
using Tsunagu.Formats.Masters;
using Tsunagu.Storage.Drugs;

namespace Tsunagu.Cli.Import;

/// <summary>
/// <c>tsunagu import interactions FILE [--source TEXT]</c>: replaces the interaction table (CSV <c>drug_a,drug_b,level</c>)
/// and records where it came from — no public machine-readable national list of 併用禁忌 pairs exists, so the operator
/// says which 添付文書 or product the table was compiled from. All or nothing.
/// </summary>
internal static class InteractionImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The interaction table: drug_a,drug_b,level (薬価基準 code or 7-character key; 併用禁忌 or 併用注意)." };
        file.AcceptExistingOnly();
        var source = new Option<string?>("--source") { Description = "Where the table came from (default: the file's name)." };
        var command = new Command("interactions", "Replace the interaction table, recording its source.") { file, source };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetRequiredValue(file);
            var interactions = InteractionReader.Read(await File.ReadAllBytesAsync(path.FullName, cancellationToken));
            if (!interactions.IsValid)
            {
                return ImportFailure.Report(parseResult, interactions.Errors);
            }

            var origin = parseResult.GetValue(source) is { Length: > 0 } given ? given : path.Name;
            await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
            var stored = await services.Get<DrugStore>().ImportInteractionsAsync(interactions.Value!, origin, services.Get<TimeProvider>().GetUtcNow(), cancellationToken);
            parseResult.Out().WriteLine($"Imported {stored:N0} interaction pairs into {services.Database.EngineName} (source: {origin}).");
            return CommandOutput.Success;
        });
        return command;
    }
}
