using System.Text;
using Tsunagu.Formats.Pki;
using Tsunagu.Formats.Signatures;
using Tsunagu.Formats.Tests.Pki;

namespace Tsunagu.Formats.Tests.Signatures;

public sealed class SignedEnvelopeVerifierTests(TestPki pki)
{
    private static readonly HashSet<CertificateRole> Prescribers = [CertificateRole.Doctor];

    private static readonly byte[] Fhir = Encoding.UTF8.GetBytes("{\"resourceType\":\"Bundle\"}");

    [Fact]
    public void A_doctor_signed_document_verifies_with_its_signer()
    {
        var signed = XadesSigner.Sign(Fhir, MediaTypes.FhirJson, pki.Doctor, pki.Now).Value!;

        var verified = SignedEnvelopeVerifier.Verify(signed, pki.Trust, Prescribers, pki.Now).Value!;

        Assert.Equal(Fhir, verified.Envelope.Content);
        Assert.Equal(MediaTypes.FhirJson, verified.Envelope.MediaType);
        Assert.Equal("山田 太郎", verified.Signer.Name);
        Assert.Equal(TestPki.DoctorFacility, verified.Signer.Facility?.Value);
    }

    [Fact]
    public void A_document_signed_with_a_revoked_certificate_is_rejected()
    {
        var signed = XadesSigner.Sign(Fhir, MediaTypes.FhirJson, pki.RevokedDoctor, pki.Now).Value!;

        Codes.AssertOnly(SignedEnvelopeVerifier.Verify(signed, pki.Trust, Prescribers, pki.Now), PkiErrors.CertificateRevoked);
    }

    [Fact]
    public void A_document_signed_by_a_patient_where_a_doctor_must_sign_is_rejected()
    {
        var signed = XadesSigner.Sign(Fhir, MediaTypes.FhirJson, pki.Patient, pki.Now).Value!;

        Codes.AssertOnly(SignedEnvelopeVerifier.Verify(signed, pki.Trust, Prescribers, pki.Now), PkiErrors.WrongRole);
    }

    [Fact]
    public void A_tampered_document_is_rejected_before_its_signer_is_judged()
    {
        var signed = XadesSigner.Sign(Fhir, MediaTypes.FhirJson, pki.ForeignDoctor, pki.Now).Value!;
        var altered = SignedXmlEdits.SetText(signed, "//xades:SigningTime", "2030-01-01T00:00:00Z");

        Codes.AssertOnly(SignedEnvelopeVerifier.Verify(altered, pki.Trust, Prescribers, pki.Now), SignatureErrors.ValueInvalid);
    }
}
