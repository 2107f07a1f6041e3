using Tsunagu.Server;

var app = await TsunaguApp.BuildAsync(args);
await app.RunAsync();
