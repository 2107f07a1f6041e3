using System.Security.Cryptography.X509Certificates;
using System.Text;
using BenchmarkDotNet.Attributes;
using Tsunagu.Formats.Pki;
using Tsunagu.Formats.Prescriptions.Csv;
using Tsunagu.Formats.Signatures;
using Tsunagu.Server.Demo.Prescriptions;

namespace Tsunagu.Benchmarks.Signatures;

/// <summary>
/// In-process cost of accepting a doctor's signed prescription (電子署名の検証): the XAdES signature alone, then with the
/// signer's certificate validated against a test HPKI CA and its CRL (the chain outcome is cached per certificate, as
/// in the server), and reading the signer's certificate from its DER bytes on its own.
/// </summary>
[MemoryDiagnoser]
public class SignedEnvelopeBenchmarks
{
    private static readonly IReadOnlySet<CertificateRole> Doctors = new HashSet<CertificateRole> { CertificateRole.Doctor };

    private CertificateAuthority authority = null!;
    private X509Certificate2 doctor = null!;
    private TrustMaterial trust = null!;
    private byte[] envelope = [];
    private byte[] doctorDer = [];

    [GlobalSetup]
    public void Setup()
    {
        var now = DateTimeOffset.UtcNow;
        authority = CertificateAuthority.Create(TrustScheme.Hpki, CertificateValidity.ForTestAuthority(now));
        var holder = CertificateHolder.Create("山田 太郎", CertificateRole.Doctor, "1310000011").Value!;
        doctor = authority.Issue(holder, CertificateValidity.TwoYearsFrom(now.AddMinutes(-5))).Value!;
        doctorDer = doctor.RawData;
        trust = TrustMaterial.Create([authority.ToTrustAnchor(authority.CreateRevocationList(now.AddHours(-1), now.AddDays(30)))]);
        var csv = PrescriptionCsvWriter.Write(SamplePrescriptions.ThreeRpsFiveDrugs(), CsvDialect.Sj1);
        envelope = XadesSigner.Sign(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", doctor, now).Value!;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        doctor.Dispose();
        authority.Dispose();
    }

    [Benchmark(Baseline = true)]
    public bool XadesSignatureOnly() => XadesVerifier.Verify(envelope).Value!.Content.Length > 0;

    [Benchmark]
    public bool SignatureAndSigner() =>
        SignedEnvelopeVerifier.Verify(envelope, trust, Doctors, DateTimeOffset.UtcNow).Value!.Signer.Role == CertificateRole.Doctor;

    [Benchmark]
    public string ReadSignerCertificate()
    {
        using var certificate = X509CertificateLoader.LoadCertificate(doctorDer);
        return certificate.Subject;
    }
}
