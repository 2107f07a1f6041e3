using System.Security.Cryptography.X509Certificates;
using Tsunagu.Formats.Pki;
using Tsunagu.Storage;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

/// <summary>
/// One test HPKI CA and the signers the prescription tests need, made once per test run and written into each
/// server's data folder as its trusted CA and CRL: a doctor and a pharmacist in good standing, and of each role an
/// expired, a revoked and an untrusted signer (a certificate of a CA the server does not trust).
/// </summary>
public sealed class RxPki
{
    /// <summary>A signer whose certificate chains to a CA the server does not trust.</summary>
    public const string Untrusted = "untrusted";

    /// <summary>A signer whose certificate's validity ended.</summary>
    public const string Expired = "expired";

    /// <summary>A signer whose certificate the trusted CA's CRL lists.</summary>
    public const string Revoked = "revoked";

    private static readonly Lazy<RxPki> Shared = new(() => new RxPki(DateTimeOffset.UtcNow));

    private readonly CertificateAuthority hpki;
    private readonly byte[] crl;
    private readonly Dictionary<(string Standing, CertificateRole Role), X509Certificate2> distrusted = [];

    private RxPki(DateTimeOffset now)
    {
        var caValidity = CertificateValidity.ForTestAuthority(now);
        hpki = CertificateAuthority.Create(TrustScheme.Hpki, caValidity);
        var foreign = CertificateAuthority.Create(TrustScheme.Hpki, caValidity);
        var current = CertificateValidity.TwoYearsFrom(now.AddMinutes(-5));
        var lapsed = new CertificateValidity(now.AddYears(-3), now.AddYears(-1));
        Doctor = Issue(hpki, "山田 太郎", CertificateRole.Doctor, current);
        Pharmacist = Issue(hpki, "佐藤 花子", CertificateRole.Pharmacist, current);
        foreach (var role in new[] { CertificateRole.Doctor, CertificateRole.Pharmacist })
        {
            distrusted[(Untrusted, role)] = Issue(foreign, "偽 署名者", role, current);
            distrusted[(Expired, role)] = Issue(hpki, "高橋 三郎", role, lapsed);
            distrusted[(Revoked, role)] = Issue(hpki, "田中 次郎", role, current);
        }

        var revoked = distrusted.Where(d => d.Key.Standing == Revoked).Select(d => d.Value.SerialNumberBytes.ToArray()).ToList();
        crl = hpki.Revoke(hpki.CreateRevocationList(now.AddHours(-1), now.AddDays(30)), revoked, now.AddMinutes(-1), now.AddDays(30)).Value!;
    }

    public static RxPki Instance => Shared.Value;

    public X509Certificate2 Doctor { get; }

    public X509Certificate2 Pharmacist { get; }

    /// <summary>A signer of <paramref name="role"/> the server must refuse: <see cref="Untrusted"/>, <see cref="Expired"/> or <see cref="Revoked"/>.</summary>
    public X509Certificate2 Distrusted(string standing, CertificateRole role) => distrusted[(standing, role)];

    /// <summary>A doctor whose certificate names <paramref name="facility"/>: signing for any other facility is refused.</summary>
    public X509Certificate2 DoctorOf(string facility) =>
        Issue(hpki, "伊藤 四郎", CertificateRole.Doctor, CertificateValidity.TwoYearsFrom(DateTimeOffset.UtcNow.AddMinutes(-5)), facility);

    /// <summary>Writes the HPKI CA's certificate and CRL where the server's trust store reads them.</summary>
    public void WriteTrust(string dataFolder)
    {
        var folder = new PkiFolder(dataFolder);
        Directory.CreateDirectory(folder.Path);
        CertificateFiles.WritePem(folder.AuthorityCertificateFile(TrustScheme.Hpki), hpki.Certificate);
        DataFile.Write(folder.RevocationListFile(TrustScheme.Hpki), crl, secret: false);
    }

    private static X509Certificate2 Issue(CertificateAuthority authority, string name, CertificateRole role, CertificateValidity validity, string? facility = null) =>
        authority.Issue(CertificateHolder.Create(name, role, facility).Value!, validity).Value!;
}
