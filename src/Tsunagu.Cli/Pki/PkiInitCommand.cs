using System.CommandLine;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Cli.Pki;

/// <summary><c>tsunagu pki init [--force]</c>: creates the HPKI and JPKI (公的個人認証) test CAs under <c>&lt;data&gt;/pki/</c>.</summary>
public sealed class PkiInitCommand
{
    private readonly Option<bool> force = new("--force") { Description = "Replace existing CAs (everything they issued stops being trusted)." };

    private PkiInitCommand()
    {
    }

    public static Command Create() => new PkiInitCommand().Build();

    private Command Build()
    {
        var command = new Command("init", "Create the test HPKI and JPKI certificate authorities in the data folder.") { force };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parseResult)
    {
        var store = new CertificateAuthorityStore(new PkiFolder(parseResult.DataFolder()));
        var created = store.Initialize(parseResult.GetValue(force), DateTimeOffset.UtcNow);
        if (!created.IsValid)
        {
            return CommandOutput.Fail(parseResult, created.Errors);
        }

        parseResult.Out().WriteLine("Created the test HPKI and JPKI certificate authorities:");
        foreach (var file in created.Value!)
        {
            parseResult.Out().WriteLine($"  {file}");
        }

        return CommandOutput.Success;
    }
}
