using System.CommandLine;
using Tsunagu.Cli.Hosting;
using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Organizations;
using Tsunagu.Formats.Members;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Eligibility;
using Tsunagu.Storage.Organizations;

namespace Tsunagu.Cli.Import;

/// <summary>
/// <c>tsunagu import members FILE --insurer NUMBER</c>: loads an insurer's members from a JSON array or NDJSON file
/// (.ndjson/.jsonl), all or nothing, exactly as POST /eligibility/members does, with progress bars for reading and writing.
/// Also holds the drug catalog imports (<c>drug-master</c>, <c>interactions</c>).
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Member records: a JSON array, or NDJSON when the name ends in .ndjson or .jsonl." };
        file.AcceptExistingOnly();
        var insurer = new Option<string>("--insurer") { Description = "The insurer's 保険者番号 (registered beforehand).", Required = true };
        var members = new Command("members", "Load an insurer's members from a file (all or nothing).") { file, insurer };
        members.SetAction(async (parseResult, cancellationToken) =>
            await ImportMembersAsync(parseResult, parseResult.GetRequiredValue(file), parseResult.GetRequiredValue(insurer), cancellationToken));
        var command = new Command("import", "Bulk imports.");
        command.Subcommands.Add(members);
        command.Subcommands.Add(DrugMasterImportCommand.Create());
        command.Subcommands.Add(InteractionImportCommand.Create());
        return command;
    }

    private static async Task<int> ImportMembersAsync(ParseResult parseResult, FileInfo file, string insurerText, CancellationToken cancellationToken)
    {
        var number = InsurerNumber.Parse(insurerText, "--insurer");
        if (!number.IsValid)
        {
            return CommandOutput.Fail(parseResult, number.Errors);
        }

        await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
        var organization = await services.Get<OrganizationStore>().GetAsync(number.Value!.Value, cancellationToken);
        if (organization?.Kind != OrganizationKind.Insurer)
        {
            return CommandOutput.Fail(parseResult, OrganizationErrors.NotFound, "--insurer", $"no insurer {number.Value.Value} is registered");
        }

        var drafts = await ReadAsync(parseResult, file, cancellationToken);
        if (!drafts.IsValid)
        {
            return ImportFailure.Report(parseResult, drafts.Errors);
        }

        var bar = ConsoleProgress.ForStandardError(parseResult, "writing");
        long written = 0;
        var (counts, errors) = await services.Get<MemberLoader>().LoadAsync(
            organization.Code, drafts.Value!, new AuditActor(organization.Code, "cli"), new ImmediateProgress<int>(n => bar.Report((written += n, drafts.Value!.Count))), cancellationToken);
        bar.Complete();
        if (counts is null)
        {
            return ImportFailure.Report(parseResult, errors);
        }

        parseResult.Out().WriteLine($"Loaded {drafts.Value!.Count} records for {organization.Name} ({organization.Code}): {counts.Created} created, {counts.Updated} updated.");
        return CommandOutput.Success;
    }

    private static async Task<ValidationResult<IReadOnlyList<Domain.People.MemberRecordDraft>>> ReadAsync(ParseResult parseResult, FileInfo file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenRead();
        var bar = ConsoleProgress.ForStandardError(parseResult, "reading");
        var ndjson = MemberRecordReader.IsNdjson(file.Extension);
        var result = await MemberRecordReader.ReadAsync(stream, ndjson, new ImmediateProgress<int>(_ => bar.Report((stream.Position, stream.Length))), cancellationToken);
        bar.Report((stream.Length, stream.Length));
        bar.Complete();
        return result;
    }
}
