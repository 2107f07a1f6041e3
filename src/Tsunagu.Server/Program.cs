using Tsunagu.Server;

var app = TsunaguApp.Build(args);
await app.RunAsync();
