using Tsunagu.Cli;

return await TsunaguCli.Build().Parse(args).InvokeAsync();
