using System.Text.Json;

namespace Tsunagu.Server.Demo;

/// <summary>&lt;data&gt;/demo-clients.json (mode 0600): the demo clients and patients, written once and read back on later starts.</summary>
public static class DemoCredentialsFile
{
    public const string FileName = "demo-clients.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = ServerJson.ReadableEncoder };

    public static string PathIn(string dataFolder) => Path.Combine(dataFolder, FileName);

    public static DemoCredentials? TryRead(string dataFolder) =>
        File.Exists(PathIn(dataFolder)) ? JsonSerializer.Deserialize<DemoCredentials>(File.ReadAllText(PathIn(dataFolder)), Options) : null;

    public static async Task WriteAsync(string dataFolder, DemoCredentials credentials, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dataFolder);
        var path = PathIn(dataFolder);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(credentials, Options), cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
