using System.CommandLine;

namespace Tsunagu.Cli;

/// <summary>The <c>tsunagu</c> command: one subcommand group per area, each built in its own folder.</summary>
public static class TsunaguCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Tsunagu — an open implementation of Japan's national medical information platform.");
        root.Options.Add(CommonOptions.DataFolder);
        root.Options.Add(CommonOptions.Database);
        root.Subcommands.Add(Serve.ServeCommand.Create());
        root.Subcommands.Add(Db.DbCommand.Create());
        root.Subcommands.Add(Demo.DemoCommand.Create());
        root.Subcommands.Add(Import.ImportCommand.Create());
        root.Subcommands.Add(Audit.AuditCommand.Create());
        root.Subcommands.Add(Keys.KeysCommand.Create());
        root.Subcommands.Add(Pki.PkiCommand.Create());
        root.Subcommands.Add(Card.CardCommand.Create());
        return root;
    }
}
