using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tsunagu.Server.Hosting;
using Tsunagu.Storage;
using Tsunagu.Storage.Migrations;

namespace Tsunagu.Cli.Hosting;

/// <summary>
/// The server's own services for offline commands: same settings (TSUNAGU_*, --data and --db), same database, migrated
/// first, so a command does exactly what the server would. The background services (the audit writer) run while the
/// command does.
/// </summary>
public sealed class CliServices : IAsyncDisposable
{
    private readonly IHost host;

    private CliServices(IHost host, TsunaguOptions options)
    {
        this.host = host;
        Options = options;
    }

    public TsunaguOptions Options { get; }

    public Database Database => Get<Database>();

    public static TsunaguOptions ReadOptions(ParseResult parseResult)
    {
        var configuration = new ConfigurationBuilder().AddTsunaguEnvironment().Build();
        var options = TsunaguConfiguration.Read(configuration);
        ApplyCommonOptions(parseResult, options);
        return options;
    }

    /// <summary>Puts <c>--data</c>, and <c>--db</c> when given (empty meaning SQLite), over the settings read from the environment.</summary>
    public static void ApplyCommonOptions(ParseResult parseResult, TsunaguOptions options)
    {
        options.DataFolder = parseResult.DataFolder();
        if (parseResult.GetResult(CommonOptions.Database) is not null)
        {
            options.Database = parseResult.GetValue(CommonOptions.Database);
        }
    }

    public static async Task<CliServices> OpenAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
    {
        var options = ReadOptions(parseResult);
        var database = await DatabaseFactory.OpenAsync(options.Database, options.DataFolder, cancellationToken);
        await new MigrationRunner(database, TimeProvider.System).MigrateAsync(cancellationToken);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddTsunaguCore(options, database);
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new CliServices(host, options);
    }

    public T Get<T>()
        where T : notnull => host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        var database = Database;
        await host.StopAsync();
        host.Dispose();
        await database.DisposeAsync();
    }
}
