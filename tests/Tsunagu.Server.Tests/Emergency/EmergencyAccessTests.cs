using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Consent;
using Tsunagu.Server.Consents;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Storage.Consent;

namespace Tsunagu.Server.Tests.Emergency;

public abstract class EmergencyAccessTests(TsunaguServerFixture server) : ServerTests(server)
{
    private const string Reason = "意識障害で搬送、本人・家族から同意取得困難";

    private static readonly string[] MedicationAndClinical = ["medication", "clinical"];

    private static int people;

    [Theory]
    [InlineData("救急 花子", true)]
    [InlineData("救急花子", true)]
    [InlineData("救急　花子", false)]
    public async Task A_hospital_naming_four_facts_gets_201_with_medication_and_clinical_until_the_configured_expiry(string written, bool byAddress)
    {
        var (patient, name) = await NewUniquePatientAsync("救急 花子");
        var hospital = await Server.NewOrganizationAsync("hospital");
        var request = FourFacts(patient, name.Replace("救急 花子", written, StringComparison.Ordinal), byAddress);

        var response = await hospital.Client.PostAsJsonAsync("/emergency-access", request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var grant = await Json.ReadAsync(response);
        Assert.Equal($"/emergency-access/{grant.GetProperty("grantId").GetInt64()}", response.Headers.Location?.OriginalString);
        Assert.Equal((name, "ヤマダ タロウ", patient.Birthdate, "1", Reason), (grant.Str("name"), grant.Str("nameKana"), grant.Str("birthdate"), grant.Str("sex"), grant.Str("reason")));
        Assert.Equal(MedicationAndClinical, grant.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var stored = Assert.Single(await Server.Service<ConsentStore>().CurrentAsync(patient.PersonId, hospital.Code, DateTimeOffset.UtcNow));
        Assert.Equal((ConsentMethod.Emergency, Reason), (stored.Method, stored.Reason));
        Assert.Equal(TimeSpan.FromMinutes(TsunaguServerFixture.EmergencyMinutes), stored.ExpiresAt - stored.GrantedAt);
        Assert.Equal(stored.ExpiresAt, grant.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal<(AuditReason?, AuditReason?, AuditReason?)>(
            (AuditReason.Emergency, AuditReason.Emergency, null),
            (await BasisAsync(hospital, patient, ConsentScope.Medication), await BasisAsync(hospital, patient, ConsentScope.Clinical), await BasisAsync(hospital, patient, ConsentScope.Checkup)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("00")]
    [InlineData("  ")]
    public async Task A_national_health_insurers_six_digit_number_identifies_the_patient_bare_zero_padded_or_right_justified(string padding)
    {
        var insurer = await Server.NewOrganizationAsync("insurer", Tsunagu.Testing.ValidCodes.NationalHealthInsurer());
        var (patient, name) = await NewUniquePatientAsync("救急 八郎", insurer);
        var hospital = await Server.NewOrganizationAsync("hospital");
        var request = FourFacts(patient, name, byAddress: false);
        request["insurerNumber"] = padding + insurer.Code;

        var response = await hospital.Client.PostAsJsonAsync("/emergency-access", request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(AuditReason.Emergency, await BasisAsync(hospital, patient, ConsentScope.Medication));
    }

    [Fact]
    public async Task An_insurer_number_with_a_wrong_check_digit_answers_400_code_check_digit()
    {
        var (patient, name) = await NewUniquePatientAsync("救急 九郎");
        var hospital = await Server.NewOrganizationAsync("hospital");
        var request = FourFacts(patient, name, byAddress: false);
        request["insurerNumber"] = Tsunagu.Testing.ValidCodes.WithWrongCheckDigit(patient.Insurer.Code);

        var response = await hospital.Client.PostAsJsonAsync("/emergency-access", request);

        Assert.Equal([(null, "insurerNumber", "CODE_CHECK_DIGIT")], await Problem.ErrorsAsync(response));
    }

    [Fact]
    public async Task An_emergency_access_is_audited_against_the_person_as_emergency_with_its_reason()
    {
        var (patient, name) = await NewUniquePatientAsync("救急 一郎");
        var hospital = await Server.NewOrganizationAsync("hospital");
        await hospital.Client.PostAsJsonAsync("/emergency-access", FourFacts(patient, name, byAddress: true));

        var record = Assert.Single(await Server.AuditAsync($"organization={hospital.Code}&action=emergency-access.grant"));

        Assert.Equal((hospital.ClientId, patient.PersonId, "Emergency", "Success"), (record.Str("clientId"), record.GetProperty("subjectPersonId").GetInt64(), record.Str("reason"), record.Str("outcome")));
        Assert.Equal($"medication,clinical by Emergency: {Reason}", record.Str("detail"));
    }

    [Fact]
    public async Task A_hospital_holding_the_patients_card_gets_201_for_the_linked_person()
    {
        var (patient, name) = await NewUniquePatientAsync("救急 次郎");
        var card = await Server.NewLinkedCardAsync(patient);
        var hospital = await Server.NewOrganizationAsync("hospital");

        var response = await hospital.Client.PostAsJsonAsync("/emergency-access", new JsonObject
        {
            ["cardAssertion"] = await hospital.AssertionAsync(card),
            ["reason"] = Reason,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(name, (await Json.ReadAsync(response)).Str("name"));
        Assert.Equal(AuditReason.Emergency, await BasisAsync(hospital, patient, ConsentScope.Medication));
    }

    [Theory]
    [InlineData("clinic")]
    [InlineData("pharmacy")]
    public async Task Clinics_and_pharmacies_may_not_use_emergency_access(string kind)
    {
        var (patient, name) = await NewUniquePatientAsync("救急 三郎");
        var facility = await Server.NewOrganizationAsync(kind);

        var response = await facility.Client.PostAsJsonAsync("/emergency-access", FourFacts(patient, name, byAddress: true));

        Assert.Equal("AUTH_FORBIDDEN", await Problem.CodeAsync(response, HttpStatusCode.Forbidden));
        Assert.Null(await BasisAsync(facility, patient, ConsentScope.Medication));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Without_a_reason_the_request_answers_400_and_grants_nothing(string? reason)
    {
        var (patient, name) = await NewUniquePatientAsync("救急 四郎");
        var hospital = await Server.NewOrganizationAsync("hospital");
        var request = FourFacts(patient, name, byAddress: true);
        request["reason"] = reason;

        var response = await hospital.Client.PostAsJsonAsync("/emergency-access", request);

        Assert.Equal([(null, "reason", "FIELD_REQUIRED")], await Problem.ErrorsAsync(response));
        Assert.Null(await BasisAsync(hospital, patient, ConsentScope.Medication));
    }

    [Fact]
    public async Task Without_address_or_insurer_number_the_request_answers_400_identification_required()
    {
        var (patient, name) = await NewUniquePatientAsync("救急 五郎");
        var hospital = await Server.NewOrganizationAsync("hospital");
        var request = FourFacts(patient, name, byAddress: true);
        request.Remove("address");

        var response = await hospital.Client.PostAsJsonAsync("/emergency-access", request);

        Assert.Equal([(null, "address", "EMERGENCY_IDENTIFICATION_REQUIRED")], await Problem.ErrorsAsync(response));
    }

    [Fact]
    public async Task Four_facts_two_people_share_answer_409_ambiguous_and_the_insurer_number_tells_them_apart()
    {
        var (first, name) = await NewUniquePatientAsync("救急 六郎");
        var second = await Server.NewPatientAsync(change: r => r["name"] = name);
        var hospital = await Server.NewOrganizationAsync("hospital");

        var byAddress = await hospital.Client.PostAsJsonAsync("/emergency-access", FourFacts(first, name, byAddress: true));
        var byInsurer = await hospital.Client.PostAsJsonAsync("/emergency-access", FourFacts(second, name, byAddress: false));

        Assert.Equal("PATIENT_AMBIGUOUS", await Problem.CodeAsync(byAddress, HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.Created, byInsurer.StatusCode);
        Assert.Null(await BasisAsync(hospital, first, ConsentScope.Medication));
        Assert.Equal(AuditReason.Emergency, await BasisAsync(hospital, second, ConsentScope.Medication));
    }

    [Fact]
    public async Task Four_facts_that_match_nobody_answer_404_and_are_audited_as_rejected()
    {
        var (patient, name) = await NewUniquePatientAsync("救急 七郎");
        var hospital = await Server.NewOrganizationAsync("hospital");
        var request = FourFacts(patient, name, byAddress: true);
        request["birthdate"] = "1955-05-11";

        var response = await hospital.Client.PostAsJsonAsync("/emergency-access", request);

        Assert.Equal("PATIENT_NOT_FOUND", await Problem.CodeAsync(response, HttpStatusCode.NotFound));
        var record = Assert.Single(await Server.AuditAsync($"organization={hospital.Code}&action=emergency-access.grant"));
        Assert.Equal(("Emergency", "Rejected", "PATIENT_NOT_FOUND"), (record.Str("reason"), record.Str("outcome"), record.Str("detail")));
        Assert.False(record.TryGetProperty("subjectPersonId", out var person) && person.ValueKind == JsonValueKind.Number);
    }

    /// <summary>
    /// A patient named <paramref name="name"/> with a number added, so that no other test's patient on this server shares
    /// their four facts (every complete record has the same birthdate, sex and address); under a new insurer unless given.
    /// </summary>
    private async Task<(TestPatient Patient, string Name)> NewUniquePatientAsync(string name, TestOrganization? insurer = null)
    {
        var unique = $"{name}{Interlocked.Increment(ref people)}";
        return (await Server.NewPatientAsync(change: r => r["name"] = unique, insurer: insurer), unique);
    }

    /// <summary>The four facts: name, birthdate, sex and the address — or, when not <paramref name="byAddress"/>, the insurer number.</summary>
    private static JsonObject FourFacts(TestPatient patient, string name, bool byAddress)
    {
        var request = new JsonObject
        {
            ["name"] = name,
            ["birthdate"] = patient.Birthdate,
            ["sex"] = "1",
            ["reason"] = Reason,
        };
        if (byAddress)
        {
            request["address"] = "東京都 千代田区 霞が関1-2-2";
        }
        else
        {
            request["insurerNumber"] = patient.Insurer.Code;
        }

        return request;
    }

    private Task<AuditReason?> BasisAsync(TestOrganization facility, TestPatient patient, ConsentScope scope) =>
        Server.Service<ConsentService>().BasisAsync(facility.Code, patient.PersonId, scope);
}

public sealed class EmergencyAccessOnSqlite(SqliteServer server) : EmergencyAccessTests(server), IClassFixture<SqliteServer>;

public sealed class EmergencyAccessOnPostgres(PostgresServer server) : EmergencyAccessTests(server), IClassFixture<PostgresServer>;
