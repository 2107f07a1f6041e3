using System.Security.Cryptography;

using Tsunagu.Storage;

namespace Tsunagu.Server.Auth;

/// <summary>
/// The built-in admin client. Its secret is TSUNAGU_ADMIN_SECRET; when that is unset, a random secret is generated at
/// first start and kept in &lt;data&gt;/admin-secret (mode 0600) so that a laptop run needs no setup. It never enters the database.
/// </summary>
public sealed class AdminCredentials
{
    public const string ClientId = "admin";
    public const string SecretFileName = "admin-secret";

    private readonly byte[] secretHash;

    public AdminCredentials(string? configuredSecret, string dataFolder)
    {
        Secret = configuredSecret is { Length: > 0 } ? configuredSecret : ReadOrCreate(Path.Combine(dataFolder, SecretFileName));
        IsGenerated = configuredSecret is not { Length: > 0 };
        secretHash = ClientSecrets.Hash(Secret);
    }

    /// <summary>The secret, for printing at startup when it was generated here.</summary>
    public string Secret { get; }

    public bool IsGenerated { get; }

    public bool Matches(string clientId, string secret) => clientId == ClientId && ClientSecrets.Matches(secret, secretHash);

    private static string ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        var secret = ClientSecrets.Generate();
        DataFile.WriteText(path, secret, secret: true);
        return secret;
    }
}
