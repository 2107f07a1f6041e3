using System.Security.Cryptography;
using System.Text;

namespace Tsunagu.Server.Auth;

/// <summary>
/// Client secrets: 32 random bytes shown once (base64url), stored as SHA-256. A slow password hash is not needed
/// because the secret is random with 256 bits of entropy, not chosen by a person; comparison is constant-time.
/// </summary>
public static class ClientSecrets
{
    public static string Generate() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public static bool Matches(string secret, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(secret), storedHash);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
