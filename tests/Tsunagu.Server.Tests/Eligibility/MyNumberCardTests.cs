using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tsunagu.Domain.Consent;
using Tsunagu.Formats.Eligibility;
using Tsunagu.Formats.Pki;
using Tsunagu.Server.Consents;
using Tsunagu.Server.Eligibility;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Storage.Eligibility;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Server.Tests.Eligibility;

public abstract class MyNumberCardTests(TsunaguServerFixture server) : ServerTests(server)
{
    private static readonly CardConsents MedicationClinicalAndLimit = new(ConsentScope.Medication | ConsentScope.Clinical, LimitApplication: true, SpecificDiseases: false);

    private static readonly HashSet<CertificateRole> PatientRole = [CertificateRole.Patient];

    [Fact]
    public async Task A_linked_card_checks_valid_1_by_my_number_card_and_records_the_consents_the_patient_chose()
    {
        var (patient, card) = await LinkedPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var hospital = await Server.NewOrganizationAsync("hospital");

        var answer = await Checks.AnswerAsync(await clinic.CheckByCardAsync(await clinic.AssertionAsync(card, MedicationClinicalAndLimit)));

        Assert.Equal(
            ("1", "1", MemberRecords.InForce, "1"),
            (answer.Str("processingResultStatus"), answer.Str("referenceClassification"), answer.Str("qualificationConfirmationDate"), answer.Str("qualificationValidity")));
        var coverage = answer.Coverage();
        Assert.Equal(
            (patient.Insurer.Code, patient.Number, "1", true, "0", false),
            (coverage.Str("insurerNumber"), coverage.Str("insuredIdentificationNumber"),
                coverage.Str("limitApplicationCertificateRelatedConsFlg"), coverage.TryGetProperty("limitApplicationCertificateRelatedInfo", out _),
                coverage.Str("specificDiseasesCertificateRelatedConsFlg"), coverage.TryGetProperty("specificDiseasesCertificateList", out _)));
        var consent = answer.GetProperty("consent");
        Assert.Equal(
            ("0", "1", "1", "0"),
            (consent.Str("specificHealthCheckupsInfoConsFlg"), consent.Str("pharmacistsInfoConsFlg"), consent.Str("diagnosisInfoConsFlg"), consent.Str("operationInfoConsFlg")));
        var given = DateTimeOffset.Parse(consent.Str("consTime"), CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromHours(9), given.Offset);
        Assert.Equal(TimeSpan.FromHours(24), DateTimeOffset.Parse(consent.Str("availableTime"), CultureInfo.InvariantCulture) - given);
        Assert.Equal(
            (true, true, false, false),
            (await MaySeeAsync(clinic, patient, ConsentScope.Medication), await MaySeeAsync(clinic, patient, ConsentScope.Clinical),
                await MaySeeAsync(clinic, patient, ConsentScope.Checkup), await MaySeeAsync(hospital, patient, ConsentScope.Medication)));
    }

    [Fact]
    public async Task A_card_check_without_consents_records_none_and_answers_without_consent_flags()
    {
        var (patient, card) = await LinkedPatientAsync();
        var pharmacy = await Server.NewOrganizationAsync("pharmacy");

        var answer = await Checks.AnswerAsync(await pharmacy.CheckByCardAsync(await pharmacy.AssertionAsync(card)));

        Assert.Equal("1", answer.Str("qualificationValidity"));
        Assert.False(answer.TryGetProperty("consent", out _));
        Assert.Equal("0", answer.Coverage().Str("limitApplicationCertificateRelatedConsFlg"));
        Assert.False(await MaySeeAsync(pharmacy, patient, ConsentScope.Medication));
    }

    [Fact]
    public async Task A_replayed_assertion_answers_409_nonce_replayed_and_is_audited_as_rejected()
    {
        var (patient, card) = await LinkedPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var assertion = await clinic.AssertionAsync(card);
        await Checks.AnswerAsync(await clinic.CheckByCardAsync(assertion));

        var replay = await clinic.CheckByCardAsync(assertion);

        Assert.Equal("ELIGIBILITY_NONCE_REPLAYED", await Problem.CodeAsync(replay, HttpStatusCode.Conflict));
        var records = await Server.AuditAsync($"organization={clinic.Code}&action=eligibility.check");
        Assert.Equal(
            [("Rejected", "ELIGIBILITY_NONCE_REPLAYED", null), ("Success", "validity 1", patient.PersonId)],
            records.Select(r => (r.Str("outcome"), r.Str("detail"), r.TryGetProperty("subjectPersonId", out var person) ? person.GetInt64() : (long?)null)));
    }

    [Fact]
    public async Task An_expired_nonce_answers_400_nonce_expired()
    {
        var (_, card) = await LinkedPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var nonce = $"expired-{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;
        await Server.Service<NonceStore>().IssueAsync(nonce, clinic.Code, now.AddMinutes(-10), now.AddMinutes(-5));

        var response = await clinic.CheckByCardAsync(MyNumberCards.Sign(card, nonce, clinic.Code));

        Assert.Equal([(null, "cardAssertion", "ELIGIBILITY_NONCE_EXPIRED")], await Problem.ErrorsAsync(response));
    }

    [Fact]
    public async Task A_nonce_issued_to_another_facility_answers_400_and_stays_usable_by_that_facility()
    {
        var (_, card) = await LinkedPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var hospital = await Server.NewOrganizationAsync("hospital");
        var hospitalsNonce = await hospital.NonceAsync();

        var response = await clinic.CheckByCardAsync(MyNumberCards.Sign(card, hospitalsNonce, clinic.Code));

        Assert.Equal([(null, "cardAssertion", "ELIGIBILITY_NONCE_OTHER_FACILITY")], await Problem.ErrorsAsync(response));
        var own = await Checks.AnswerAsync(await hospital.CheckByCardAsync(MyNumberCards.Sign(card, hospitalsNonce, hospital.Code)));
        Assert.Equal("1", own.Str("qualificationValidity"));
    }

    [Fact]
    public async Task A_nonce_never_issued_answers_400_nonce_unknown()
    {
        var (_, card) = await LinkedPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");

        var response = await clinic.CheckByCardAsync(MyNumberCards.Sign(card, "never-issued", clinic.Code));

        Assert.Equal([(null, "cardAssertion", "ELIGIBILITY_NONCE_UNKNOWN")], await Problem.ErrorsAsync(response));
    }

    [Fact]
    public async Task An_assertion_naming_another_facility_answers_400_wrong_facility_there_and_is_useless_to_the_named_one()
    {
        var (_, card) = await LinkedPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var hospital = await Server.NewOrganizationAsync("hospital");
        var forHospital = MyNumberCards.Sign(card, await clinic.NonceAsync(), hospital.Code);

        var atClinic = await clinic.CheckByCardAsync(forHospital);
        var atHospital = await hospital.CheckByCardAsync(forHospital);

        Assert.Equal([(null, "cardAssertion", "ELIGIBILITY_ASSERTION_WRONG_FACILITY")], await Problem.ErrorsAsync(atClinic));
        Assert.Equal([(null, "cardAssertion", "ELIGIBILITY_NONCE_OTHER_FACILITY")], await Problem.ErrorsAsync(atHospital));
    }

    [Fact]
    public async Task A_card_from_a_ca_the_server_does_not_trust_answers_400_untrusted_ca()
    {
        await Server.AuthoritiesAsync();
        using var foreign = CertificateAuthority.Create(TrustScheme.Jpki, CertificateValidity.ForTestAuthority(DateTimeOffset.UtcNow));
        using var card = foreign.IssueFor();
        var clinic = await Server.NewOrganizationAsync("clinic");

        var response = await clinic.CheckByCardAsync(await clinic.AssertionAsync(card));

        Assert.Equal([(null, "cardAssertion.chain", "SIGNATURE_UNTRUSTED_CA")], await Problem.ErrorsAsync(response));
    }

    [Fact]
    public async Task A_revoked_card_answers_400_revoked_once_the_server_has_read_the_new_crl()
    {
        var (_, card) = await LinkedPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        await Checks.AnswerAsync(await clinic.CheckByCardAsync(await clinic.AssertionAsync(card)));

        Assert.True((await Server.AuthoritiesAsync()).Revoke(TrustScheme.Jpki, card.SerialNumberBytes.ToArray(), DateTimeOffset.UtcNow).IsValid);
        await Polling.UntilAsync(
            () => Task.FromResult(CertificateValidator.Validate(card, Server.Service<TrustStore>().Current, PatientRole, DateTimeOffset.UtcNow).IsValid),
            valid => !valid,
            "the server has read the CRL that revokes the card");
        var response = await clinic.CheckByCardAsync(await clinic.AssertionAsync(card));

        Assert.Equal([(null, "cardAssertion.revocation", "SIGNATURE_CERT_REVOKED")], await Problem.ErrorsAsync(response));
    }

    [Fact]
    public async Task An_expired_card_is_refused_both_when_linked_and_at_a_check()
    {
        var patient = await Server.NewPatientAsync();
        var loaded = (await Server.AuthoritiesAsync()).Load(TrustScheme.Jpki);
        using var authority = loaded.Value!;
        var now = DateTimeOffset.UtcNow;
        using var card = authority.IssueFor(validity: new CertificateValidity(now.AddYears(-3), now.AddYears(-1)));
        var clinic = await Server.NewOrganizationAsync("clinic");

        var link = await patient.Insurer.LinkCardAsync(patient.CardLinkRequest(card));
        var check = await clinic.CheckByCardAsync(await clinic.AssertionAsync(card));

        Assert.Equal([(null, "cardCertificate.validity", "SIGNATURE_CERT_EXPIRED")], await Problem.ErrorsAsync(link));
        Assert.Equal([(null, "cardAssertion.validity", "SIGNATURE_CERT_EXPIRED")], await Problem.ErrorsAsync(check));
        Assert.Null(await LinkedPersonAsync(card));
    }

    [Fact]
    public async Task Of_ten_simultaneous_checks_with_one_assertion_exactly_one_is_answered_and_the_rest_are_replays()
    {
        var (_, card) = await LinkedPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var assertion = await clinic.AssertionAsync(card);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => clinic.CheckByCardAsync(assertion)));

        Assert.Equal(
            [(HttpStatusCode.OK, 1), (HttpStatusCode.Conflict, 9)],
            responses.GroupBy(r => r.StatusCode).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key));
    }

    [Fact]
    public async Task A_card_no_insurer_linked_answers_404_card_not_linked()
    {
        using var card = await Server.IssueAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");

        var response = await clinic.CheckByCardAsync(await clinic.AssertionAsync(card));

        Assert.Equal([(null, "cardAssertion", "ELIGIBILITY_CARD_NOT_LINKED")], await Problem.ErrorsAsync(response, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task An_assertion_altered_after_signing_answers_400_signature_invalid_and_records_no_consent()
    {
        var (patient, card) = await LinkedPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var parts = (await clinic.AssertionAsync(card)).Split('.');
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!;
        payload["consents"] = new JsonArray("medication");
        parts[1] = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));

        var response = await clinic.CheckByCardAsync(string.Join('.', parts));

        Assert.Equal([(null, "cardAssertion", "CARD_ASSERTION_SIGNATURE_INVALID")], await Problem.ErrorsAsync(response));
        Assert.False(await MaySeeAsync(clinic, patient, ConsentScope.Medication));
    }

    [Fact]
    public async Task Linking_a_card_answers_201_with_the_certificates_id_and_subject()
    {
        var patient = await Server.NewPatientAsync();
        using var card = await Server.IssueAsync();

        var response = await patient.Insurer.LinkCardAsync(patient.CardLinkRequest(card));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var link = await Json.ReadAsync(response);
        var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(card.RawData));
        Assert.Equal((id, card.Subject), (link.Str("certificateId"), link.Str("subject")));
        Assert.Equal($"/eligibility/card-links/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(patient.PersonId, await LinkedPersonAsync(card));
    }

    [Fact]
    public async Task Linking_a_doctors_certificate_is_refused_as_the_wrong_role_and_links_nothing()
    {
        var patient = await Server.NewPatientAsync();
        using var doctor = await Server.IssueAsync(CertificateRole.Doctor);

        var response = await patient.Insurer.LinkCardAsync(patient.CardLinkRequest(doctor));

        Assert.Equal([(null, "cardCertificate.role", "SIGNATURE_WRONG_ROLE")], await Problem.ErrorsAsync(response, HttpStatusCode.Forbidden));
        Assert.Null(await LinkedPersonAsync(doctor));
    }

    [Fact]
    public async Task Linking_a_card_from_a_ca_the_server_does_not_trust_is_refused_and_links_nothing()
    {
        var patient = await Server.NewPatientAsync();
        await Server.AuthoritiesAsync();
        using var foreign = CertificateAuthority.Create(TrustScheme.Jpki, CertificateValidity.ForTestAuthority(DateTimeOffset.UtcNow));
        using var card = foreign.IssueFor();

        var response = await patient.Insurer.LinkCardAsync(patient.CardLinkRequest(card));

        Assert.Equal([(null, "cardCertificate.chain", "SIGNATURE_UNTRUSTED_CA")], await Problem.ErrorsAsync(response));
        Assert.Null(await LinkedPersonAsync(card));
    }

    [Fact]
    public async Task Linking_another_insurers_member_answers_404_and_links_nothing()
    {
        var patient = await Server.NewPatientAsync();
        var otherInsurer = await Server.NewOrganizationAsync("insurer");
        using var card = await Server.IssueAsync();

        var response = await otherInsurer.LinkCardAsync(patient.CardLinkRequest(card));

        Assert.Equal("PATIENT_NOT_FOUND", await Problem.CodeAsync(response, HttpStatusCode.NotFound));
        Assert.Null(await LinkedPersonAsync(card));
    }

    [Fact]
    public async Task Linking_a_card_again_to_the_same_person_is_accepted_but_to_someone_else_answers_409()
    {
        var patient = await Server.NewPatientAsync();
        var stranger = await Server.NewPatientAsync();
        using var card = await Server.IssueAsync();
        Assert.Equal(HttpStatusCode.Created, (await patient.Insurer.LinkCardAsync(patient.CardLinkRequest(card))).StatusCode);

        var again = await patient.Insurer.LinkCardAsync(patient.CardLinkRequest(card));
        var elsewhere = await stranger.Insurer.LinkCardAsync(stranger.CardLinkRequest(card));

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal([(null, "cardCertificate", "ELIGIBILITY_CARD_LINKED_ELSEWHERE")], await Problem.ErrorsAsync(elsewhere, HttpStatusCode.Conflict));
        Assert.Equal(patient.PersonId, await LinkedPersonAsync(card));
    }

    [Fact]
    public async Task Linking_text_that_is_no_certificate_answers_400_malformed()
    {
        var patient = await Server.NewPatientAsync();
        var request = patient.Identifiers();
        request["cardCertificate"] = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----";

        var response = await patient.Insurer.LinkCardAsync(request);

        Assert.Equal([(null, "cardCertificate", "SIGNATURE_CERT_MALFORMED")], await Problem.ErrorsAsync(response));
    }

    [Fact]
    public async Task Only_insurers_may_link_cards()
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        using var card = await Server.IssueAsync();

        var response = await clinic.LinkCardAsync(patient.CardLinkRequest(card));

        Assert.Equal("AUTH_FORBIDDEN", await Problem.CodeAsync(response, HttpStatusCode.Forbidden));
        Assert.Null(await LinkedPersonAsync(card));
    }

    private async Task<(TestPatient Patient, X509Certificate2 Card)> LinkedPatientAsync()
    {
        var patient = await Server.NewPatientAsync();
        return (patient, await Server.NewLinkedCardAsync(patient));
    }

    private Task<long?> LinkedPersonAsync(X509Certificate2 card) => Server.Service<CardLinkStore>().FindPersonAsync(CardIdentity.Of(card));

    private Task<bool> MaySeeAsync(TestOrganization facility, TestPatient patient, ConsentScope scope) =>
        Server.Service<ConsentService>().MaySeeAsync(facility.Code, patient.PersonId, scope);
}

public sealed class MyNumberCardOnSqlite(SqliteServer server) : MyNumberCardTests(server), IClassFixture<SqliteServer>;

public sealed class MyNumberCardOnPostgres(PostgresServer server) : MyNumberCardTests(server), IClassFixture<PostgresServer>;
