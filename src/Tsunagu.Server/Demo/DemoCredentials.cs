namespace Tsunagu.Server.Demo;

/// <summary>The content of &lt;data&gt;/demo-clients.json.</summary>
public sealed record DemoCredentials(IReadOnlyList<DemoClient> Clients, IReadOnlyList<DemoPatient> Patients);
