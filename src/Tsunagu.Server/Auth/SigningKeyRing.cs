using System.Globalization;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Tsunagu.Storage;

namespace Tsunagu.Server.Auth;

/// <summary>
/// The RSA keys that sign access tokens, kept as PEM files in &lt;data&gt;/keys (jwt-&lt;yyyyMMddHHmmss&gt;.pem, mode 0600).
/// The newest key signs; every key present validates, so `tsunagu keys rotate` adds a key without invalidating tokens
/// already issued, and deleting an old file retires it. The folder is re-read when it changes (checked at most every 5 s).
/// </summary>
public sealed class SigningKeyRing
{
    private static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(5);

    private readonly string folder;
    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private KeySet keys;
    private DateTimeOffset nextCheck;

    public SigningKeyRing(string folder, TimeProvider clock)
    {
        this.folder = folder;
        this.clock = clock;
        if (!Directory.Exists(folder) || Directory.GetFiles(folder, "jwt-*.pem").Length == 0)
        {
            AddKey(folder, clock.GetUtcNow());
        }

        keys = Load(folder);
        nextCheck = clock.GetUtcNow() + RecheckInterval;
    }

    /// <summary>The key that signs new tokens.</summary>
    public RsaSecurityKey Current => Refresh().Current;

    /// <summary>Every key that tokens may be signed with.</summary>
    public IReadOnlyList<SecurityKey> All => Refresh().All;

    /// <summary>The key set in use; it changes whenever the folder is re-read, so anything cached about tokens can be dropped.</summary>
    public object Generation => Refresh();

    /// <summary>Writes a new key file; returns its key id. Used at first start and by `tsunagu keys rotate`.</summary>
    /// <remarks>
    /// When a key file for this second exists already (a rotation right after the first start, or two in a row), the
    /// key takes the next free second instead: an existing key is never replaced, and the new key still sorts last.
    /// </remarks>
    public static string AddKey(string folder, DateTimeOffset now)
    {
        Directory.CreateDirectory(folder);
        using var rsa = RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        for (var at = now; ; at = at.AddSeconds(1))
        {
            var keyId = at.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            var path = Path.Combine(folder, $"jwt-{keyId}.pem");
            if (DataFile.TryCreateText(path, pem, secret: true))
            {
                return keyId;
            }
        }
    }

    private KeySet Refresh()
    {
        var now = clock.GetUtcNow();
        if (now < nextCheck)
        {
            return keys;
        }

        lock (gate)
        {
            if (now >= nextCheck)
            {
                var stamp = Directory.GetLastWriteTimeUtc(folder);
                if (stamp != keys.FolderStamp)
                {
                    keys = Load(folder);
                }

                nextCheck = now + RecheckInterval;
            }

            return keys;
        }
    }

    private static KeySet Load(string folder)
    {
        var loaded = Directory.GetFiles(folder, "jwt-*.pem")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var rsa = RSA.Create();
                rsa.ImportFromPem(File.ReadAllText(path));
                return new RsaSecurityKey(rsa) { KeyId = Path.GetFileNameWithoutExtension(path)["jwt-".Length..] };
            })
            .ToList();
        return new KeySet(loaded[^1], loaded, Directory.GetLastWriteTimeUtc(folder));
    }

    private sealed record KeySet(RsaSecurityKey Current, IReadOnlyList<SecurityKey> All, DateTime FolderStamp);
}
