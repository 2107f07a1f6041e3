using System.Security.Cryptography.X509Certificates;
using Tsunagu.Formats.Pki;

[assembly: AssemblyFixture(typeof(Tsunagu.Formats.Tests.Pki.TestPki))]

namespace Tsunagu.Formats.Tests.Pki;

/// <summary>One HPKI CA, one JPKI CA, a foreign CA posing as HPKI, and certificates for every case; created once per test run.</summary>
public sealed class TestPki : IDisposable
{
    public const string DoctorFacility = "1310000011";

    public TestPki()
    {
        Now = DateTimeOffset.UtcNow;
        var caValidity = CertificateValidity.ForTestAuthority(Now);
        Hpki = CertificateAuthority.Create(TrustScheme.Hpki, caValidity);
        Jpki = CertificateAuthority.Create(TrustScheme.Jpki, caValidity);
        Foreign = CertificateAuthority.Create(TrustScheme.Hpki, caValidity);
        var current = CertificateValidity.TwoYearsFrom(Now.AddMinutes(-5));
        Doctor = Issue(Hpki, Holder("山田 太郎", CertificateRole.Doctor, DoctorFacility), current);
        Pharmacist = Issue(Hpki, Holder("佐藤 花子", CertificateRole.Pharmacist), current);
        Patient = Issue(Jpki, Holder("鈴木 一郎", CertificateRole.Patient), current);
        RevokedDoctor = Issue(Hpki, Holder("田中 次郎", CertificateRole.Doctor), current);
        ExpiredDoctor = Issue(Hpki, Holder("高橋 三郎", CertificateRole.Doctor), new CertificateValidity(Now.AddYears(-3), Now.AddYears(-1)));
        FutureDoctor = Issue(Hpki, Holder("伊藤 四郎", CertificateRole.Doctor), new CertificateValidity(Now.AddYears(1), Now.AddYears(2)));
        ForeignDoctor = Issue(Foreign, Holder("偽 医師", CertificateRole.Doctor), current);
        HpkiCrl = Hpki.Revoke(Hpki.CreateRevocationList(Now.AddHours(-1), Now.AddDays(30)), [RevokedDoctor.SerialNumberBytes.ToArray()], Now.AddMinutes(-1), Now.AddDays(30)).Value!;
        JpkiCrl = Jpki.CreateRevocationList(Now.AddHours(-1), Now.AddDays(30));
        Trust = TrustMaterial.Create([Hpki.ToTrustAnchor(HpkiCrl), Jpki.ToTrustAnchor(JpkiCrl)]);
    }

    public DateTimeOffset Now { get; }

    public CertificateAuthority Hpki { get; }

    public CertificateAuthority Jpki { get; }

    /// <summary>A CA with the same subject as the HPKI CA but its own key: nothing it issues may be trusted.</summary>
    public CertificateAuthority Foreign { get; }

    public X509Certificate2 Doctor { get; }

    public X509Certificate2 Pharmacist { get; }

    public X509Certificate2 Patient { get; }

    public X509Certificate2 RevokedDoctor { get; }

    public X509Certificate2 ExpiredDoctor { get; }

    public X509Certificate2 FutureDoctor { get; }

    public X509Certificate2 ForeignDoctor { get; }

    public byte[] HpkiCrl { get; }

    public byte[] JpkiCrl { get; }

    public TrustMaterial Trust { get; }

    public static CertificateHolder Holder(string name, CertificateRole role, string? facility = null) =>
        CertificateHolder.Create(name, role, facility).Value!;

    public static X509Certificate2 Issue(CertificateAuthority authority, CertificateHolder holder, CertificateValidity validity)
    {
        var issued = authority.Issue(holder, validity);
        Assert.True(issued.IsValid, string.Join(", ", issued.Errors.Select(e => e.Error.Code)));
        return issued.Value!;
    }

    public void Dispose()
    {
        foreach (var certificate in new[] { Doctor, Pharmacist, Patient, RevokedDoctor, ExpiredDoctor, FutureDoctor, ForeignDoctor })
        {
            certificate.Dispose();
        }

        Hpki.Dispose();
        Jpki.Dispose();
        Foreign.Dispose();
    }
}
