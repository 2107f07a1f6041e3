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

    /// <summary>XML whose DTD declares an external entity (XXE) and uses it.</summary>
    public const string ExternalEntity = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>";

    /// <summary>XML whose DTD declares entities that expand each other (the "billion laughs" shape).</summary>
    public const string InternalEntities = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><lolz>&lol2;</lolz>";

    /// <summary>XML that names an external DTD and declares nothing itself.</summary>
    public const string ExternalDtd = "<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"http://127.0.0.1:9/r.dtd\"><r/>";

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

    public static byte[] DispensingCsvBytes(DispensingResult result) => Encoding.UTF8.GetBytes(DispensingCsvWriter.Write(result));

    public static HttpContent DispensingCsv(DispensingResult result) => Body(DispensingCsvBytes(result), CsvType);

    public static HttpContent SignedDispensing(DispensingResult result, X509Certificate2 signer) => Envelope(DispensingCsvBytes(result), CsvType, signer);

    public static byte[] SignedBytes(byte[] content, string mediaType, X509Certificate2 signer) =>
        XadesSigner.Sign(content, mediaType, signer, DateTimeOffset.UtcNow).Value!;

    public static HttpContent Envelope(byte[] content, string mediaType, X509Certificate2 signer) => Body(SignedBytes(content, mediaType, signer), MediaTypes.Xml);

    /// <summary>An envelope whose signature covers the CSV <paramref name="original"/> but that carries the CSV <paramref name="sent"/>.</summary>
    public static HttpContent Tampered(byte[] original, byte[] sent, X509Certificate2 signer)
    {
        var envelope = Encoding.UTF8.GetString(SignedBytes(original, CsvType, signer)).Replace(Convert.ToBase64String(original), Convert.ToBase64String(sent), StringComparison.Ordinal);
        return Body(Encoding.UTF8.GetBytes(envelope), MediaTypes.Xml);
    }

    public static HttpContent Body(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }
}
