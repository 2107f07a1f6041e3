using Tsunagu.Server;
using Tsunagu.Server.Hosting;

try
{
    var app = await TsunaguApp.BuildAsync(args);
    await app.RunAsync();
    return 0;
}
catch (InvalidSettingException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}
