using System.CommandLine;

namespace Tsunagu.Cli.Pki;

/// <summary>
/// <c>tsunagu pki</c>: the test PKI — HPKI-like (医師・薬剤師) and JPKI-like (公的個人認証) CAs in the data folder,
/// certificates for demos and tests, XAdES signing (電子署名) and verification, and revocation (失効).
/// </summary>
public static class PkiCommand
{
    public static Command Create()
    {
        var command = new Command("pki", "Test PKI: HPKI and JPKI stand-in CAs, certificates, XAdES signatures, CRLs.");
        command.Subcommands.Add(PkiInitCommand.Create());
        command.Subcommands.Add(PkiIssueCommand.Create());
        command.Subcommands.Add(PkiSignCommand.Create());
        command.Subcommands.Add(PkiVerifyCommand.Create());
        command.Subcommands.Add(PkiRevokeCommand.Create());
        return command;
    }
}
