using System.CommandLine;
using Tsunagu.Server.Auth;

namespace Tsunagu.Cli.Keys;

/// <summary>
/// <c>tsunagu keys rotate</c>: adds a new token-signing key to &lt;data&gt;/keys. New tokens are signed with it; tokens
/// signed with older keys stay valid until those key files are deleted.
/// </summary>
public static class KeysCommand
{
    public static Command Create()
    {
        var rotate = new Command("rotate", "Add a new access-token signing key (older keys keep validating until removed).");
        rotate.SetAction(parseResult =>
        {
            var folder = Path.Combine(parseResult.DataFolder(), "keys");
            var keyId = SigningKeyRing.AddKey(folder, DateTimeOffset.UtcNow);
            parseResult.Out().WriteLine($"Added signing key {keyId} in {folder}; a running server starts signing with it within 5 seconds.");
            return CommandOutput.Success;
        });
        var command = new Command("keys", "Access-token signing keys.");
        command.Subcommands.Add(rotate);
        return command;
    }
}
