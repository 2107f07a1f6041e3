using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Eligibility;

public abstract class CheckByCardNumberTests(TsunaguServerFixture server) : ServerTests(server)
{
    [Fact]
    public async Task A_member_in_force_is_valid_1_with_every_field_as_loaded_and_the_registered_insurers_name()
    {
        var insurer = await Server.NewOrganizationAsync("insurer", name: "つなぐ健康保険組合");
        var patient = await Server.NewPatientAsync(insurer: insurer);
        var clinic = await Server.NewOrganizationAsync("clinic");
        var request = patient.CheckRequest(MemberRecords.InForce, ("arbitraryIdentifier", "受付-0042"));
        request["limitApplicationCertificateRelatedConsFlg"] = "1";
        request["specificDiseasesCertificateRelatedConsFlg"] = "1";

        var answer = await clinic.CheckedAsync(request);

        Assert.Equal(
            ("1", "2", MemberRecords.InForce, "1", "受付-0042"),
            (answer.Str("processingResultStatus"), answer.Str("referenceClassification"), answer.Str("qualificationConfirmationDate"),
                answer.Str("qualificationValidity"), answer.Str("arbitraryIdentifier")));
        Assert.Empty(answer.GetProperty("publicExpenseResultList").EnumerateArray());
        Assert.False(answer.TryGetProperty("consent", out _));
        var expected = MemberRecords.Complete(insurer.Code, "1001");
        expected["sex1"] = expected["sex"]!.DeepClone();
        expected.Remove("sex");
        expected["insurerName"] = "つなぐ健康保険組合";
        expected["limitApplicationCertificateRelatedConsFlg"] = "1";
        expected["specificDiseasesCertificateRelatedConsFlg"] = "1";
        Json.AssertEquivalent(expected, answer.Coverage());
    }

    [Theory]
    [InlineData("2015-03-31", "2")]
    [InlineData("2015-04-01", "1")]
    [InlineData("2030-03-30", "1")]
    [InlineData("2030-03-31", "2")]
    [InlineData("2031-01-01", "2")]
    public async Task The_confirmation_date_decides_and_from_the_disqualification_date_on_the_coverage_is_invalid_2(string date, string validity)
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");

        var answer = await clinic.CheckedAsync(patient.CheckRequest(date));

        Assert.Equal((date, validity), (answer.Str("qualificationConfirmationDate"), answer.Str("qualificationValidity")));
        var coverage = answer.Coverage();
        Assert.Equal((patient.Insurer.Code, "1001", "2030-03-31"), (coverage.Str("insurerNumber"), coverage.Str("insuredIdentificationNumber"), coverage.Str("disqualificationDate")));
    }

    [Fact]
    public async Task A_person_whose_coverage_ended_with_a_newer_one_at_another_insurer_is_3_pointing_to_the_new_coverage()
    {
        var (former, current) = await MovedPersonAsync(linked: true);
        var clinic = await Server.NewOrganizationAsync("clinic");

        var answer = await clinic.CheckedAsync(former.CheckRequest("2025-06-01"));

        Assert.Equal("3", answer.Str("qualificationValidity"));
        var coverages = answer.GetProperty("resultList").EnumerateArray().ToList();
        Assert.Equal(
            [(former.Insurer.Code, "1001", "2025-03-31"), (current.Insurer.Code, "7001", null)],
            coverages.Select(c => (c.Str("insurerNumber"), c.Str("insuredIdentificationNumber"), c.TryGetProperty("disqualificationDate", out var end) ? end.GetString() : null)));
        Assert.Equal(("テストinsurer", "2025-03-31"), (coverages[1].Str("insurerName"), coverages[1].Str("qualificationDate")));
        Assert.Equal("1", (await clinic.CheckedAsync(former.CheckRequest("2025-03-30"))).Str("qualificationValidity"));
        Assert.Equal("1", (await clinic.CheckedAsync(current.CheckRequest("2025-06-01"))).Str("qualificationValidity"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("00")]
    [InlineData("  ")]
    public async Task A_national_health_insurers_six_digit_number_is_found_bare_zero_padded_or_right_justified(string padding)
    {
        var insurer = await Server.NewOrganizationAsync("insurer", Tsunagu.Testing.ValidCodes.NationalHealthInsurer(), name: "つなぐ市国民健康保険");
        var patient = await Server.NewPatientAsync(insurer: insurer);
        var clinic = await Server.NewOrganizationAsync("clinic");

        var answer = await clinic.CheckedAsync(patient.CheckRequest(MemberRecords.InForce, ("insurerNumber", padding + insurer.Code)));

        Assert.Equal("1", answer.Str("qualificationValidity"));
        Assert.Equal((insurer.Code, "つなぐ市国民健康保険"), (answer.Coverage().Str("insurerNumber"), answer.Coverage().Str("insurerName")));
    }

    [Fact]
    public async Task A_coverage_elsewhere_not_linked_as_the_next_one_leaves_an_ended_coverage_invalid_2()
    {
        var (former, _) = await MovedPersonAsync(linked: false);
        var clinic = await Server.NewOrganizationAsync("clinic");

        var answer = await clinic.CheckedAsync(former.CheckRequest("2025-06-01"));

        Assert.Equal("2", answer.Str("qualificationValidity"));
        Assert.Equal(former.Insurer.Code, answer.Coverage().Str("insurerNumber"));
    }

    [Theory]
    [InlineData("insuredIdentificationNumber", "9999")]
    [InlineData("insuredCardSymbol", "99-99")]
    [InlineData("insuredBranchNumber", "01")]
    [InlineData("birthdate", "1955-05-11")]
    [InlineData("insurerNumber", "06270011")]
    public async Task Identifiers_that_match_nobody_answer_200_with_4_not_an_error(string field, string value)
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");

        var answer = await clinic.CheckedAsync(patient.CheckRequest(MemberRecords.InForce, (field, value)));

        Assert.Equal("4", answer.Str("qualificationValidity"));
        Assert.Empty(answer.GetProperty("resultList").EnumerateArray());
        Assert.Empty(answer.GetProperty("publicExpenseResultList").EnumerateArray());
        Assert.False(answer.TryGetProperty("arbitraryIdentifier", out _));
    }

    [Fact]
    public async Task Twins_on_one_card_are_5_without_their_branch_number_and_1_with_it()
    {
        var first = await Server.NewPatientAsync(branch: "01");
        await Server.NewPatientAsync(branch: "02", insurer: first.Insurer);
        var clinic = await Server.NewOrganizationAsync("clinic");

        var withoutBranch = await clinic.CheckedAsync(first.CheckRequest(MemberRecords.InForce, ("insuredBranchNumber", null)));
        var withBranch = await clinic.CheckedAsync(first.CheckRequest(MemberRecords.InForce, ("insuredBranchNumber", "02")));

        Assert.Equal("5", withoutBranch.Str("qualificationValidity"));
        Assert.Empty(withoutBranch.GetProperty("resultList").EnumerateArray());
        Assert.Equal(("1", "02"), (withBranch.Str("qualificationValidity"), withBranch.Coverage().Str("insuredBranchNumber")));
    }

    [Theory]
    [InlineData("limitApplicationCertificateRelatedConsFlg", "\"1\"", true)]
    [InlineData("limitApplicationCertificateRelatedConsFlg", "1", true)]
    [InlineData("limitApplicationCertificateRelatedConsFlg", "true", true)]
    [InlineData("limitApplicationCertificateRelatedConsFlg", "\"0\"", false)]
    [InlineData("limitApplicationCertificateRelatedConsFlg", "false", false)]
    [InlineData("specificDiseasesCertificateRelatedConsFlg", "\"1\"", true)]
    [InlineData("specificDiseasesCertificateRelatedConsFlg", "1", true)]
    [InlineData("specificDiseasesCertificateRelatedConsFlg", "true", true)]
    [InlineData("specificDiseasesCertificateRelatedConsFlg", "0", false)]
    public async Task Limit_application_and_specific_disease_entries_are_disclosed_only_with_their_consent_flag(string flag, string json, bool disclosed)
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var request = patient.CheckRequest(MemberRecords.InForce);
        request[flag] = JsonNode.Parse(json);

        var coverage = (await clinic.CheckedAsync(request)).Coverage();

        var limit = flag.StartsWith("limit", StringComparison.Ordinal) && disclosed;
        var diseases = flag.StartsWith("specific", StringComparison.Ordinal) && disclosed;
        Assert.Equal(
            (limit ? "1" : "0", limit, diseases ? "1" : "0", diseases),
            (coverage.Str("limitApplicationCertificateRelatedConsFlg"), coverage.TryGetProperty("limitApplicationCertificateRelatedInfo", out _),
                coverage.Str("specificDiseasesCertificateRelatedConsFlg"), coverage.TryGetProperty("specificDiseasesCertificateList", out _)));
    }

    [Theory]
    [InlineData("birthdate", "1955-02-30", "FIELD_DATE_INVALID")]
    [InlineData("birthdate", "19550510", "FIELD_DATE_INVALID")]
    [InlineData("birthdate", null, "FIELD_REQUIRED")]
    [InlineData("qualificationConfirmationDate", "2026/04/01", "FIELD_DATE_INVALID")]
    [InlineData("insuredIdentificationNumber", null, "FIELD_REQUIRED")]
    [InlineData("insuredBranchNumber", "1", "FIELD_FORMAT")]
    [InlineData("limitApplicationCertificateRelatedConsFlg", "2", "ELIGIBILITY_FLAG_INVALID")]
    public async Task Malformed_input_answers_400_naming_the_field(string field, string? value, string code)
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");

        var response = await clinic.CheckAsync(patient.CheckRequest(MemberRecords.InForce, (field, value)));

        Assert.Equal([(null, field, code)], await Problem.ErrorsAsync(response));
    }

    [Fact]
    public async Task An_insurer_number_with_a_wrong_check_digit_answers_400_code_check_digit()
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");

        var response = await clinic.CheckAsync(patient.CheckRequest(MemberRecords.InForce, ("insurerNumber", Tsunagu.Testing.ValidCodes.WithWrongCheckDigit(patient.Insurer.Code))));

        Assert.Equal([(null, "insurerNumber", "CODE_CHECK_DIGIT")], await Problem.ErrorsAsync(response));
    }

    [Theory]
    [InlineData("insurer")]
    [InlineData("municipality")]
    public async Task Only_facilities_may_check(string kind)
    {
        var patient = await Server.NewPatientAsync();
        var other = await Server.NewOrganizationAsync(kind);

        var response = await other.CheckAsync(patient.CheckRequest(MemberRecords.InForce));

        Assert.Equal("AUTH_FORBIDDEN", await Problem.CodeAsync(response, HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task Every_check_is_audited_with_who_whose_and_the_outcome_and_an_unknown_person_as_not_found()
    {
        var patient = await Server.NewPatientAsync();
        var pharmacy = await Server.NewOrganizationAsync("pharmacy");
        await pharmacy.CheckedAsync(patient.CheckRequest(MemberRecords.InForce));
        await pharmacy.CheckedAsync(patient.CheckRequest(MemberRecords.InForce, ("insuredIdentificationNumber", "9999")));

        var records = await Server.AuditAsync($"organization={pharmacy.Code}&action=eligibility.check");

        Assert.Equal(
            [
                (null, $"{patient.Insurer.Code}:{MemberRecords.Symbol}:9999:00", "NotFound", "validity 4"),
                (patient.PersonId, $"{patient.Insurer.Code}:{MemberRecords.Symbol}:1001:00", "Success", "validity 1"),
            ],
            records.Select(r => (PersonOf(r), r.Str("subject"), r.Str("outcome"), r.Str("detail"))));
        Assert.All(records, r => Assert.Equal((pharmacy.ClientId, "Care"), (r.Str("clientId"), r.Str("reason"))));
    }

    private static long? PersonOf(JsonElement record) =>
        record.TryGetProperty("subjectPersonId", out var person) && person.ValueKind == JsonValueKind.Number ? person.GetInt64() : null;

    /// <summary>
    /// A person whose coverage at one insurer ended on 2025-03-31 and who is covered by another insurer from that day,
    /// the new coverage naming the old one as its previous coverage — or, when not <paramref name="linked"/>, a look-alike
    /// loaded as a new person.
    /// </summary>
    private async Task<(TestPatient Former, TestPatient Current)> MovedPersonAsync(bool linked)
    {
        var former = await Server.NewPatientAsync(change: r =>
        {
            r["disqualificationDate"] = "2025-03-31";
            r["reasonOfLoss"] = "03";
        });
        var current = await Server.NewPatientAsync("7001", change: r =>
        {
            r["qualificationDate"] = "2025-03-31";
            r["disqualificationDate"] = null;
            r["previousCoverage"] = linked ? MemberRecords.Card(former.Insurer.Code, former.Number) : null;
        });
        Assert.Equal(linked, current.PersonId == former.PersonId);
        return (former, current);
    }
}

public sealed class CheckByCardNumberOnSqlite(SqliteServer server) : CheckByCardNumberTests(server), IClassFixture<SqliteServer>;

public sealed class CheckByCardNumberOnPostgres(PostgresServer server) : CheckByCardNumberTests(server), IClassFixture<PostgresServer>;
