using System.CommandLine;
using Tsunagu.Cli.Hosting;
using Tsunagu.Storage.Audit;

namespace Tsunagu.Cli.Audit;

/// <summary>
/// <c>tsunagu audit verify</c>: walks every audit chain and checks each record's hash and sequence against its
/// predecessor and the chain head; exits 2 and names the first record that was altered or removed.
/// </summary>
public static class AuditCommand
{
    public const int Broken = 2;

    public static Command Create()
    {
        var verify = new Command("verify", "Verify the hash chain of the audit trail (exit 0 intact, 2 broken).");
        verify.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
            var progress = ConsoleProgress.ForStandardError(parseResult, "verifying");
            var result = await new AuditVerification(services.Get<AuditStore>())
                .VerifyAsync(new ImmediateProgress<long>(n => progress.Report((n, n))), cancellationToken);
            progress.Complete();
            if (result.FirstBreak is { } broken)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(
                    $"The audit trail is broken at chain '{broken.Chain}', record {broken.Sequence}: {broken.Reason} ({result.Checked} records checked).");
                return Broken;
            }

            parseResult.Out().WriteLine($"The audit trail is intact: {result.Checked} records verified.");
            return CommandOutput.Success;
        });
        var command = new Command("audit", "The hash-chained audit trail.");
        command.Subcommands.Add(verify);
        return command;
    }
}
