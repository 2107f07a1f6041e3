using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Tsunagu.Cli.Hosting;
using Tsunagu.Server;
using Tsunagu.Server.Hosting;

namespace Tsunagu.Cli.Serve;

/// <summary><c>tsunagu serve [--urls URL] [--demo]</c>: runs the server, exactly as <c>dotnet run --project src/Tsunagu.Server</c> does.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default: $ASPNETCORE_URLS, else {TsunaguApp.DefaultUrl})." };
        var demo = new Option<bool>("--demo") { Description = "Create demo data on first start (same as TSUNAGU_DEMO=true)." };
        var command = new Command("serve", "Run the Tsunagu server.") { urls, demo };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string[] args = parseResult.GetValue(urls) is { } url ? ["--urls", url] : [];
            WebApplication app;
            try
            {
                app = await TsunaguApp.BuildAsync(args, options =>
                {
                    CliServices.ApplyCommonOptions(parseResult, options);
                    options.Demo |= parseResult.GetValue(demo);
                });
            }
            catch (InvalidSettingException e)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(e.Message);
                return CommandOutput.Failure;
            }

            await app.StartAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
            return CommandOutput.Success;
        });
        return command;
    }
}
