using System.Text.Json;
using Tsunagu.Storage;

namespace Tsunagu.Server.Demo;

/// <summary>&lt;data&gt;/demo-clients.json (mode 0600): the demo clients and patients, written once and read back on later starts.</summary>
public static class DemoCredentialsFile
{
    public const string FileName = "demo-clients.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = ServerJson.ReadableEncoder };

    public static string PathIn(string dataFolder) => Path.Combine(dataFolder, FileName);

    public static DemoCredentials? TryRead(string dataFolder) =>
        File.Exists(PathIn(dataFolder)) ? JsonSerializer.Deserialize<DemoCredentials>(File.ReadAllText(PathIn(dataFolder)), Options) : null;

    public static void Write(string dataFolder, DemoCredentials credentials) =>
        DataFile.WriteText(PathIn(dataFolder), JsonSerializer.Serialize(credentials, Options), secret: true);
}
