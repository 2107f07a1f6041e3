using System.Security.Cryptography.X509Certificates;
using Tsunagu.Formats.Pki;
using Tsunagu.Storage;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

/// <summary>
/// One test HPKI CA and the signers the prescription tests need, made once per test run and written into each
/// server's data folder as its trusted CA and CRL: a doctor and a pharmacist in good standing, an expired and a revoked
/// doctor, and a doctor of a CA the server does not trust.
/// </summary>
public sealed class RxPki
{
    private static readonly Lazy<RxPki> Shared = new(() => new RxPki(DateTimeOffset.UtcNow));

    private readonly CertificateAuthority hpki;
    private readonly byte[] crl;

    private RxPki(DateTimeOffset now)
    {
        var caValidity = CertificateValidity.ForTestAuthority(now);
        hpki = CertificateAuthority.Create(TrustScheme.Hpki, caValidity);
        var foreign = CertificateAuthority.Create(TrustScheme.Hpki, caValidity);
        var current = CertificateValidity.TwoYearsFrom(now.AddMinutes(-5));
        Doctor = Issue(hpki, "山田 太郎", CertificateRole.Doctor, current);
        Pharmacist = Issue(hpki, "佐藤 花子", CertificateRole.Pharmacist, current);
        ExpiredDoctor = Issue(hpki, "高橋 三郎", CertificateRole.Doctor, new CertificateValidity(now.AddYears(-3), now.AddYears(-1)));
        RevokedDoctor = Issue(hpki, "田中 次郎", CertificateRole.Doctor, current);
        UntrustedDoctor = Issue(foreign, "偽 医師", CertificateRole.Doctor, current);
        crl = hpki.Revoke(hpki.CreateRevocationList(now.AddHours(-1), now.AddDays(30)), [RevokedDoctor.SerialNumberBytes.ToArray()], now.AddMinutes(-1), now.AddDays(30)).Value!;
    }

    public static RxPki Instance => Shared.Value;

    public X509Certificate2 Doctor { get; }

    public X509Certificate2 Pharmacist { get; }

    public X509Certificate2 ExpiredDoctor { get; }

    public X509Certificate2 RevokedDoctor { get; }

    public X509Certificate2 UntrustedDoctor { get; }

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
