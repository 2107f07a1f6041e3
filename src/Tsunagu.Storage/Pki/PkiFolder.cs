using Tsunagu.Formats.Pki;

namespace Tsunagu.Storage.Pki;

/// <summary>
/// Where the test PKI (テスト用の HPKI・公的個人認証 認証局) lives in the data folder:
/// <code>
/// &lt;data&gt;/pki/hpki-ca.pfx   HPKI CA certificate and private key (PKCS#12, empty password, mode 0600)
/// &lt;data&gt;/pki/hpki-ca.crt   HPKI CA certificate (PEM): the trust anchor for 医師/薬剤師 signatures
/// &lt;data&gt;/pki/hpki-ca.crl   HPKI CA certificate revocation list (DER)
/// &lt;data&gt;/pki/jpki-ca.*     the same for the JPKI (公的個人認証) CA
/// </code>
/// </summary>
public sealed class PkiFolder(string dataFolder)
{
    public string Path { get; } = System.IO.Path.Combine(dataFolder, "pki");

    /// <summary>The CA's PKCS#12 file with its private key.</summary>
    public string AuthorityKeyFile(TrustScheme scheme) => File(scheme, ".pfx");

    /// <summary>The CA's public certificate (PEM).</summary>
    public string AuthorityCertificateFile(TrustScheme scheme) => File(scheme, ".crt");

    /// <summary>The CA's current CRL (DER).</summary>
    public string RevocationListFile(TrustScheme scheme) => File(scheme, ".crl");

    /// <summary>The trust sources of both CAs, as <see cref="TrustStore"/> reads them.</summary>
    public IEnumerable<TrustSource> TrustSources() =>
        Enum.GetValues<TrustScheme>().Select(s => new TrustSource(s, AuthorityCertificateFile(s), RevocationListFile(s)));

    private string File(TrustScheme scheme, string extension) =>
        System.IO.Path.Combine(Path, scheme.ToString().ToLowerInvariant() + "-ca" + extension);
}
