using System.Security.Cryptography.X509Certificates;
using System.Text;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Formats.Pki;
using Tsunagu.Formats.Prescriptions.Csv;
using Tsunagu.Formats.Signatures;
using Tsunagu.Server.Demo.Generation;
using Tsunagu.Server.Demo.History;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Server.Demo.Requests;

/// <summary>
/// Signed <c>POST /prescriptions</c> bodies (<c>application/xml</c>) for demo people: what a doctor of the demo clinic
/// prescribes them today as SJ1 CSV, in the doctor's enveloping XAdES signature (as <c>tsunagu pki sign</c> makes it),
/// one document per line. The doctor's certificate is issued now by the data folder's test HPKI CA and names the clinic,
/// so the server — trusting that CA — registers them as electronic prescriptions of the clinic.
/// </summary>
public sealed class DemoRegistrationBodies : IDisposable
{
    public const string ContentMediaType = "text/csv; charset=utf-8";

    private const string DoctorName = "山田 太郎";
    private static readonly Practitioner Doctor = new("山田　太郎", "ﾔﾏﾀﾞ ﾀﾛｳ");

    private readonly Facility clinic;
    private readonly X509Certificate2 signer;
    private readonly DateTimeOffset now;

    private DemoRegistrationBodies(Facility clinic, X509Certificate2 signer, DateTimeOffset now)
    {
        this.clinic = clinic;
        this.signer = signer;
        this.now = now;
    }

    /// <summary>Issues the clinic's doctor a certificate from the data folder's HPKI CA; fails when there is no such CA.</summary>
    public static ValidationResult<DemoRegistrationBodies> Create(string dataFolder, DemoClient clinic, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        var authority = new CertificateAuthorityStore(new PkiFolder(dataFolder)).Load(TrustScheme.Hpki);
        if (!authority.IsValid)
        {
            return ValidationResult<DemoRegistrationBodies>.Invalid(authority.Errors);
        }

        using var hpki = authority.Value!;
        var holder = CertificateHolder.Create(DoctorName, CertificateRole.Doctor, clinic.Code).Value!;
        var issued = hpki.Issue(holder, CertificateValidity.TwoYearsFrom(now.AddMinutes(-5)));
        return issued.IsValid
            ? ValidationResult<DemoRegistrationBodies>.Valid(new DemoRegistrationBodies(new Facility(clinic.Code, clinic.Name), issued.Value!, now))
            : ValidationResult<DemoRegistrationBodies>.Invalid(issued.Errors);
    }

    /// <summary>The signed body for <paramref name="person"/>, issued on the generator's day, on one line (the signature covers that very text).</summary>
    public string Of(DemoDataGenerator generator, DemoPerson person)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(person);
        var prescription = DemoPrescriptions.For(person.Coverage, clinic, Doctor, generator.Options.Today, generator.NewPrescription(person));
        var csv = Encoding.UTF8.GetBytes(PrescriptionCsvWriter.Write(prescription, CsvDialect.Sj1));
        var signed = Encoding.UTF8.GetString(XadesSigner.Sign(csv, ContentMediaType, signer, now).Value!);
        return signed.Contains('\n', StringComparison.Ordinal) || signed.Contains('\r', StringComparison.Ordinal)
            ? throw new InvalidOperationException("The signed envelope spans several lines; a body file holds one body per line.")
            : signed;
    }

    public void Dispose() => signer.Dispose();
}
