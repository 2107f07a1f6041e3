using Tsunagu.Formats.Pki;

namespace Tsunagu.Formats.Tests.Pki;

public sealed class CertificateValidatorTests(TestPki pki)
{
    private static readonly HashSet<CertificateRole> Doctors = [CertificateRole.Doctor];

    [Fact]
    public void A_current_doctor_certificate_from_the_HPKI_CA_passes_and_names_its_holder()
    {
        var result = CertificateValidator.Validate(pki.Doctor, pki.Trust, Doctors, pki.Now);

        Assert.True(result.IsValid, string.Join(", ", Codes.Of(result)));
        Assert.Equal(new CertificateHolder("山田 太郎", CertificateRole.Doctor, result.Value!.Facility), result.Value);
        Assert.Equal(TestPki.DoctorFacility, result.Value.Facility?.Value);
    }

    [Fact]
    public void A_patient_certificate_from_the_JPKI_CA_passes_where_patients_are_expected()
    {
        var result = CertificateValidator.Validate(pki.Patient, pki.Trust, new HashSet<CertificateRole> { CertificateRole.Patient }, pki.Now);

        Assert.True(result.IsValid, string.Join(", ", Codes.Of(result)));
    }

    [Fact]
    public void A_certificate_from_a_foreign_CA_with_the_same_name_is_untrusted()
    {
        var result = CertificateValidator.Validate(pki.ForeignDoctor, pki.Trust, Doctors, pki.Now);

        Codes.AssertOnly(result, PkiErrors.UntrustedCa);
        Assert.Equal(CertificateChecks.Chain, result.Errors[0].Field);
    }

    [Fact]
    public void Nothing_is_trusted_without_trust_anchors()
    {
        var result = CertificateValidator.Validate(pki.Doctor, TrustMaterial.Empty, Doctors, pki.Now);

        Codes.AssertOnly(result, PkiErrors.UntrustedCa);
    }

    [Fact]
    public void An_expired_certificate_is_rejected()
    {
        var result = CertificateValidator.Validate(pki.ExpiredDoctor, pki.Trust, Doctors, pki.Now);

        Codes.AssertOnly(result, PkiErrors.CertificateExpired);
        Assert.Equal(CertificateChecks.Validity, result.Errors[0].Field);
    }

    [Fact]
    public void A_certificate_whose_validity_has_not_begun_is_rejected()
    {
        var result = CertificateValidator.Validate(pki.FutureDoctor, pki.Trust, Doctors, pki.Now);

        Codes.AssertOnly(result, PkiErrors.CertificateNotYetValid);
    }

    [Fact]
    public void A_certificate_is_judged_at_the_instant_asked_about()
    {
        var result = CertificateValidator.Validate(pki.Doctor, pki.Trust, Doctors, pki.Now.AddYears(3));

        Assert.Contains(PkiErrors.CertificateExpired.Code, Codes.Of(result));
    }

    [Fact]
    public void A_revoked_certificate_is_rejected_while_its_unrevoked_sibling_passes()
    {
        var revoked = CertificateValidator.Validate(pki.RevokedDoctor, pki.Trust, Doctors, pki.Now);
        var sibling = CertificateValidator.Validate(pki.Doctor, pki.Trust, Doctors, pki.Now);

        Codes.AssertOnly(revoked, PkiErrors.CertificateRevoked);
        Assert.Equal(CertificateChecks.Revocation, revoked.Errors[0].Field);
        Assert.True(sibling.IsValid);
    }

    [Fact]
    public void A_patient_certificate_where_a_doctor_is_expected_is_the_wrong_role()
    {
        var result = CertificateValidator.Validate(pki.Patient, pki.Trust, Doctors, pki.Now);

        Codes.AssertOnly(result, PkiErrors.WrongRole);
        Assert.Equal(CertificateChecks.Role, result.Errors[0].Field);
    }

    [Fact]
    public void Without_a_CRL_for_the_issuing_CA_the_revocation_status_is_unknown()
    {
        var trust = TrustMaterial.Create([pki.Hpki.ToTrustAnchor()]);

        var result = CertificateValidator.Validate(pki.Doctor, trust, Doctors, pki.Now);

        Codes.AssertOnly(result, PkiErrors.RevocationUnknown);
    }

    [Fact]
    public void A_CRL_past_its_next_update_no_longer_vouches_for_a_certificate()
    {
        var result = CertificateValidator.Validate(pki.Doctor, pki.Trust, Doctors, pki.Now.AddDays(31));

        Codes.AssertOnly(result, PkiErrors.RevocationUnknown);
    }

    [Fact]
    public void A_CA_with_a_CRL_refused_for_its_signature_fails_closed()
    {
        var trust = TrustMaterial.Create([pki.Hpki.ToTrustAnchor(pki.Foreign.CreateRevocationList(pki.Now, pki.Now.AddDays(1)))]);

        var result = CertificateValidator.Validate(pki.Doctor, trust, Doctors, pki.Now);

        Assert.Equal([PkiErrors.CrlSignatureInvalid.Code], trust.Problems.Select(p => p.Error.Code));
        Codes.AssertOnly(result, PkiErrors.RevocationUnknown);
    }

    [Fact]
    public void A_doctor_certificate_issued_by_the_JPKI_CA_does_not_match_its_scheme()
    {
        var trustedAsJpki = TrustMaterial.Create([new TrustAnchor(TrustScheme.Jpki, pki.Hpki.ToTrustAnchor().Certificate, pki.HpkiCrl)]);

        var result = CertificateValidator.Validate(pki.Doctor, trustedAsJpki, Doctors, pki.Now);

        Codes.AssertOnly(result, PkiErrors.SchemeMismatch);
    }

    [Fact]
    public void A_CA_certificate_cannot_pass_as_a_signer()
    {
        using var authority = pki.Hpki.ToTrustAnchor().Certificate;

        var result = CertificateValidator.Validate(authority, pki.Trust, Doctors, pki.Now);

        Assert.Contains(PkiErrors.NotForSigning.Code, Codes.Of(result));
    }
}
