namespace Tsunagu.Server.Demo;

/// <summary>A demo organization's API client, written to &lt;data&gt;/demo-clients.json for trying the API.</summary>
public sealed record DemoClient(string Kind, string Code, string Name, string ClientId, string ClientSecret);
