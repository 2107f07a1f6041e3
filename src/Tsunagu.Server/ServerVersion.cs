using System.Reflection;

namespace Tsunagu.Server;

/// <summary>The server's version, from its assembly's informational version.</summary>
public static class ServerVersion
{
    public static string Current { get; } =
        typeof(ServerVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
