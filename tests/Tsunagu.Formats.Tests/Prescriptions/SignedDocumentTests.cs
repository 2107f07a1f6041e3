using System.Text;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Pki;
using Tsunagu.Formats.Prescriptions;
using Tsunagu.Formats.Prescriptions.Csv;
using Tsunagu.Formats.Prescriptions.Fhir;
using Tsunagu.Formats.Signatures;
using Tsunagu.Formats.Tests.Pki;
using Tsunagu.Server.Demo.Prescriptions;

namespace Tsunagu.Formats.Tests.Prescriptions;

public sealed class SignedDocumentTests(TestPki pki)
{
    private static readonly HashSet<CertificateRole> Prescribers = [CertificateRole.Doctor];

    private DocumentReadOptions Verifying => new() { VerifyEnvelope = xml => SignedEnvelopeVerifier.Verify(xml, pki.Trust, Prescribers, pki.Now) };

    [Fact]
    public void A_signed_CSV_prescription_unwraps_to_the_same_prescription_as_the_bare_CSV()
    {
        var csv = Encoding.UTF8.GetBytes(PrescriptionCsvWriter.Write(SamplePrescriptions.ThreeRpsFiveDrugs(), CsvDialect.Sj1));
        var signed = XadesSigner.Sign(csv, "text/csv; charset=utf-8", pki.Doctor, pki.Now).Value!;

        var bare = DocumentReaders.Prescription.Read(csv, "text/csv; charset=utf-8").Value!;
        var unwrapped = DocumentReaders.Prescription.Read(signed, "application/xml", Verifying).Value!;

        Canonical.AssertSame(bare.Content, unwrapped.Content);
        Assert.Equal((DocumentFormat.Csv, null), (bare.Format, bare.Signer));
        Assert.Equal((DocumentFormat.Csv, "山田 太郎"), (unwrapped.Format, unwrapped.Signer?.Name));
    }

    [Fact]
    public void A_signed_FHIR_prescription_unwraps_to_the_same_prescription_as_the_bare_Bundle()
    {
        var json = PrescriptionBundleWriter.WriteJson(SamplePrescriptions.ThreeRpsFiveDrugs());
        var signed = XadesSigner.Sign(json, MediaTypes.FhirJson, pki.Doctor, pki.Now).Value!;

        var bare = DocumentReaders.Prescription.Read(json, MediaTypes.FhirJson).Value!;
        var unwrapped = DocumentReaders.Prescription.Read(signed, "application/xml", Verifying).Value!;

        Canonical.AssertSame(bare.Content, unwrapped.Content);
        Assert.Equal((DocumentFormat.FhirJson, "山田 太郎"), (unwrapped.Format, unwrapped.Signer?.Name));
    }

    [Fact]
    public void An_envelope_the_caller_verified_reads_like_the_bare_document()
    {
        var json = PrescriptionBundleWriter.WriteJson(SamplePrescriptions.ThreeRpsFiveDrugs());
        var verified = SignedEnvelopeVerifier.Verify(XadesSigner.Sign(json, MediaTypes.FhirJson, pki.Doctor, pki.Now).Value!, pki.Trust, Prescribers, pki.Now).Value!;

        Canonical.AssertSame(DocumentReaders.Prescription.Read(json, MediaTypes.FhirJson).Value!.Content, DocumentReaders.Prescription.Read(verified).Value!.Content);
    }

    [Fact]
    public void A_signed_dispensing_result_unwraps_through_the_dispensing_reader()
    {
        var csv = Encoding.UTF8.GetBytes(DispensingCsvWriter.Write(SamplePrescriptions.ElectronicDispensing()));
        var signed = XadesSigner.Sign(csv, MediaTypes.Csv, pki.Pharmacist, pki.Now).Value!;
        var options = new DocumentReadOptions { VerifyEnvelope = xml => SignedEnvelopeVerifier.Verify(xml, pki.Trust, new HashSet<CertificateRole> { CertificateRole.Pharmacist }, pki.Now) };

        var read = DocumentReaders.Dispensing.Read(signed, "application/xml", options).Value!;

        Assert.Equal(("2025A0000001", "佐藤 花子"), (read.Content.PrescriptionId, read.Signer?.Name));
    }

    [Fact]
    public void An_envelope_signed_by_a_patient_is_refused_by_the_callers_verifier()
    {
        var signed = XadesSigner.Sign(PrescriptionBundleWriter.WriteJson(SamplePrescriptions.ThreeRpsFiveDrugs()), MediaTypes.FhirJson, pki.Patient, pki.Now).Value!;

        Codes.AssertOnly(DocumentReaders.Prescription.Read(signed, "application/xml", Verifying), PkiErrors.WrongRole);
    }

    [Fact]
    public void An_envelope_without_a_configured_verifier_is_refused()
    {
        var signed = XadesSigner.Sign(Encoding.UTF8.GetBytes("SJ1\n"), MediaTypes.Csv, pki.Doctor, pki.Now).Value!;

        Codes.AssertOnly(DocumentReaders.Prescription.Read(signed, "application/xml"), PrescriptionDocumentErrors.EnvelopeNotVerified);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>")]
    [InlineData("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><lolz>&lol2;</lolz>")]
    public void XML_with_a_DTD_or_external_entity_is_refused_with_or_without_a_verifier(string xml)
    {
        var body = Encoding.UTF8.GetBytes(xml);

        Codes.AssertOnly(DocumentReaders.Prescription.Read(body, "application/xml"), XmlErrors.DtdForbidden);
        Codes.AssertOnly(DocumentReaders.Prescription.Read(body, "text/xml", Verifying), XmlErrors.DtdForbidden);
    }

    [Fact]
    public void A_media_type_that_is_neither_CSV_FHIR_nor_XML_is_refused()
    {
        Codes.AssertOnly(DocumentReaders.Prescription.Read(Encoding.UTF8.GetBytes("SJ1\n"), "text/plain"), InputErrors.UnsupportedMediaType);
    }

    [Fact]
    public void The_charset_of_the_media_type_binds_the_CSV_reader()
    {
        var csv = CsvEncodings.ShiftJis.GetBytes(PrescriptionCsvWriter.Write(SamplePrescriptions.ThreeRpsFiveDrugs(), CsvDialect.Sj1));

        Codes.AssertOnly(DocumentReaders.Prescription.Read(csv, "text/csv; charset=UTF-8"), PrescriptionCsvErrors.Encoding);
        Assert.True(DocumentReaders.Prescription.Read(csv, "text/csv; charset=\"Shift_JIS\"").IsValid);
    }
}
