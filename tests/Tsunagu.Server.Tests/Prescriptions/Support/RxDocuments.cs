using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Formats.Prescriptions.Csv;
using Tsunagu.Formats.Prescriptions.Fhir;
using Tsunagu.Formats.Signatures;
using Tsunagu.Server.Demo.Prescriptions;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

/// <summary>Prescriptions and dispensing results for test facilities and patients, and the request bodies they are sent as.</summary>
public static class RxDocuments
{
    public const string CsvType = "text/csv; charset=utf-8";

    public static Facility FacilityOf(TestOrganization organization) => new(organization.Code, $"テスト{organization.Kind}{organization.Code[^4..]}");

    /// <summary>A prescription by <paramref name="prescriber"/> for <paramref name="patient"/>: the sample's 3 RPs, or <paramref name="rps"/>.</summary>
    public static Prescription For(TestOrganization prescriber, TestPatient patient, DateOnly issueDate, params Rp[] rps) => rps.Length == 0
        ? SamplePrescriptions.ThreeRpsFiveDrugs(FacilityOf(prescriber), patient.OnDocument(), patient.Insurance(), issueDate)
        : SamplePrescriptions.With(FacilityOf(prescriber), patient.OnDocument(), patient.Insurance(), issueDate, rps);

    /// <summary>What <paramref name="pharmacy"/> dispensed of <paramref name="rps"/>, for a registered prescription or (id null) a paper one.</summary>
    public static DispensingResult Dispensing(TestOrganization pharmacy, string? prescriptionId, DateOnly dispensedOn, IReadOnlyList<Rp> rps) =>
        SamplePrescriptions.Dispensing(FacilityOf(pharmacy), prescriptionId, dispensedOn, rps);

    /// <summary>A paper prescription's dispensing: no 処方箋ID, the patient named instead.</summary>
    public static DispensingResult PaperDispensing(TestOrganization pharmacy, TestPatient patient, DateOnly dispensedOn, IReadOnlyList<Rp> rps) =>
        Dispensing(pharmacy, null, dispensedOn, rps) with { Patient = patient.OnDocument(), Insurance = patient.Insurance() };

    public static byte[] CsvBytes(Prescription prescription) => Encoding.UTF8.GetBytes(PrescriptionCsvWriter.Write(prescription, CsvDialect.Sj1));

    public static HttpContent Csv(Prescription prescription) => Body(CsvBytes(prescription), CsvType);

    public static HttpContent Fhir(Prescription prescription) => Body(PrescriptionBundleWriter.WriteJson(prescription), MediaTypes.FhirJson);

    public static HttpContent SignedCsv(Prescription prescription, X509Certificate2 signer) => Envelope(CsvBytes(prescription), CsvType, signer);

    public static HttpContent SignedFhir(Prescription prescription, X509Certificate2 signer) => Envelope(PrescriptionBundleWriter.WriteJson(prescription), MediaTypes.FhirJson, signer);

    public static HttpContent DispensingCsv(DispensingResult result) => Body(Encoding.UTF8.GetBytes(DispensingCsvWriter.Write(result)), CsvType);

    public static HttpContent SignedDispensing(DispensingResult result, X509Certificate2 signer) =>
        Envelope(Encoding.UTF8.GetBytes(DispensingCsvWriter.Write(result)), CsvType, signer);

    public static byte[] SignedBytes(byte[] content, string mediaType, X509Certificate2 signer) =>
        XadesSigner.Sign(content, mediaType, signer, DateTimeOffset.UtcNow).Value!;

    public static HttpContent Envelope(byte[] content, string mediaType, X509Certificate2 signer) => Body(SignedBytes(content, mediaType, signer), MediaTypes.Xml);

    public static HttpContent Body(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }
}
