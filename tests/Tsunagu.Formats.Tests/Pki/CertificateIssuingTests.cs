using System.Security.Cryptography.X509Certificates;
using Tsunagu.Domain.Codes;
using Tsunagu.Formats.Pki;

namespace Tsunagu.Formats.Tests.Pki;

public sealed class CertificateIssuingTests(TestPki pki)
{
    [Fact]
    public void A_doctor_certificate_carries_name_role_and_facility_code_in_its_subject()
    {
        var holder = CertificateHolderReader.Read(pki.Doctor);

        Assert.Equal("山田 太郎", holder.Value!.Name);
        Assert.Equal(CertificateRole.Doctor, holder.Value.Role);
        Assert.Equal(TestPki.DoctorFacility, holder.Value.Facility!.Value);
        var attributes = pki.Doctor.SubjectName.EnumerateRelativeDistinguishedNames()
            .ToDictionary(r => r.GetSingleElementType().Value!, r => r.GetSingleElementValue());
        Assert.Equal("doctor", attributes["2.5.4.12"]);
        Assert.Equal(TestPki.DoctorFacility, attributes["2.5.4.97"]);
    }

    [Fact]
    public void A_signing_certificate_has_a_positive_16_byte_serial_and_signing_key_usages()
    {
        var usage = pki.Pharmacist.Extensions.OfType<X509KeyUsageExtension>().Single();
        var constraints = pki.Pharmacist.Extensions.OfType<X509BasicConstraintsExtension>().Single();

        Assert.Equal(16, pki.Pharmacist.SerialNumberBytes.Length);
        Assert.True(pki.Pharmacist.SerialNumberBytes.Span[0] < 0x80);
        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, usage.KeyUsages);
        Assert.False(constraints.CertificateAuthority);
        Assert.Equal(2048, pki.Pharmacist.GetRSAPublicKey()!.KeySize);
    }

    [Fact]
    public void A_test_CA_is_an_RSA_3072_certificate_authority_that_signs_certificates_and_CRLs()
    {
        var certificate = pki.Hpki.Certificate;

        Assert.Equal("CN=Tsunagu Test HPKI CA, O=Tsunagu Test PKI, C=JP", certificate.Subject);
        Assert.True(certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
        Assert.Equal(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, certificate.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages);
        Assert.Equal(3072, certificate.GetRSAPublicKey()!.KeySize);
    }

    [Fact]
    public void A_patient_may_not_carry_a_facility_code()
    {
        Codes.AssertOnly(CertificateHolder.Create("鈴木 一郎", CertificateRole.Patient, TestPki.DoctorFacility), PkiErrors.FacilityNotAllowed);
    }

    [Fact]
    public void A_facility_code_with_a_wrong_check_digit_is_refused()
    {
        Codes.AssertOnly(CertificateHolder.Create("山田 太郎", CertificateRole.Doctor, "1310000010"), CodeErrors.CheckDigitMismatch);
    }

    [Fact]
    public void The_JPKI_CA_does_not_issue_doctor_certificates()
    {
        var result = pki.Jpki.Issue(TestPki.Holder("山田 太郎", CertificateRole.Doctor), CertificateValidity.TwoYearsFrom(pki.Now));

        Codes.AssertOnly(result, PkiErrors.RoleNotIssuedByScheme);
    }

    [Fact]
    public void A_certificate_may_not_outlive_its_CA()
    {
        var result = pki.Hpki.Issue(TestPki.Holder("山田 太郎", CertificateRole.Doctor), new CertificateValidity(pki.Now, pki.Now.AddYears(30)));

        Codes.AssertOnly(result, PkiErrors.ValidityInvalid);
    }

    [Fact]
    public void A_CA_recognises_what_it_issued_and_nothing_else()
    {
        Assert.True(pki.Hpki.HasIssued(pki.Doctor));
        Assert.False(pki.Hpki.HasIssued(pki.ForeignDoctor));
        Assert.False(pki.Jpki.HasIssued(pki.Doctor));
    }

    [Fact]
    public void A_certificate_without_a_role_title_is_malformed_for_the_reader()
    {
        Codes.AssertOnly(CertificateHolderReader.Read(pki.Hpki.Certificate), PkiErrors.CertificateMalformed);
    }

    [Theory]
    [InlineData("0a:1B ff", "0A1BFF")]
    [InlineData("80", "0080")]
    public void Serial_hex_is_read_as_a_positive_integer(string text, string expected)
    {
        Assert.Equal(expected, CertificateSerial.ToHex(CertificateSerial.TryParseHex(text)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("xyz")]
    [InlineData("00")]
    public void Serial_text_that_is_not_a_positive_hex_number_is_refused(string text)
    {
        Assert.Null(CertificateSerial.TryParseHex(text));
    }
}
