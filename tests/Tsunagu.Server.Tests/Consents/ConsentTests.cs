using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tsunagu.Domain.Consent;
using Tsunagu.Server.Consents;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Consents;

public abstract class ConsentTests(TsunaguServerFixture server) : ServerTests(server)
{
    private static readonly string[] MedicationAndClinical = ["medication", "clinical"];

    [Theory]
    [InlineData("card")]
    [InlineData("verbal")]
    public async Task Consent_answers_201_with_its_scopes_method_and_a_24_hour_expiry(string method)
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");

        var response = await clinic.Client.PostAsJsonAsync("/consents", patient.ConsentRequest(method, MedicationAndClinical));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var consent = await Json.ReadAsync(response);
        Assert.Equal($"/consents/{consent.GetProperty("id").GetInt64()}", response.Headers.Location?.OriginalString);
        Assert.Equal(clinic.Code, consent.Str("facilityCode"));
        Assert.Equal(MedicationAndClinical, consent.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(method, consent.Str("method"));
        Assert.Equal(TimeSpan.FromHours(24), consent.GetProperty("expiresAt").GetDateTimeOffset() - consent.GetProperty("grantedAt").GetDateTimeOffset());
        Assert.False(consent.TryGetProperty("revokedAt", out _));
    }

    [Fact]
    public async Task The_consenting_facility_may_see_the_consented_scopes_and_nothing_else()
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var pharmacy = await Server.NewOrganizationAsync("pharmacy");

        await GrantAsync(clinic, patient.ConsentRequest("card", MedicationAndClinical));

        Assert.True(await MaySeeAsync(clinic, patient, ConsentScope.Medication));
        Assert.True(await MaySeeAsync(clinic, patient, ConsentScope.Clinical));
        Assert.False(await MaySeeAsync(clinic, patient, ConsentScope.Checkup));
        Assert.False(await MaySeeAsync(clinic, patient, ConsentScope.Surgery));
        Assert.False(await MaySeeAsync(pharmacy, patient, ConsentScope.Medication));
    }

    [Fact]
    public async Task After_revocation_the_facility_may_no_longer_see_and_a_second_revocation_answers_404()
    {
        var patient = await Server.NewPatientAsync();
        var hospital = await Server.NewOrganizationAsync("hospital");
        var id = await GrantAsync(hospital, patient.ConsentRequest("verbal", MedicationAndClinical));

        var revoked = await hospital.Client.PostAsync($"/consents/{id}/revoke", null);

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.True((await Json.ReadAsync(revoked)).TryGetProperty("revokedAt", out _));
        Assert.False(await MaySeeAsync(hospital, patient, ConsentScope.Medication));
        var again = await hospital.Client.PostAsync($"/consents/{id}/revoke", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("CONSENT_NOT_FOUND", (await Json.ReadAsync(again)).Str("code"));
    }

    [Fact]
    public async Task Revoking_another_facilitys_consent_answers_404_and_leaves_it_in_force()
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var dental = await Server.NewOrganizationAsync("dental");
        var id = await GrantAsync(clinic, patient.ConsentRequest("card", MedicationAndClinical));

        var response = await dental.Client.PostAsync($"/consents/{id}/revoke", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("CONSENT_NOT_FOUND", (await Json.ReadAsync(response)).Str("code"));
        Assert.True(await MaySeeAsync(clinic, patient, ConsentScope.Medication));
    }

    [Theory]
    [InlineData("insuredIdentificationNumber", "9999")]
    [InlineData("insurerNumber", "06270011")]
    [InlineData("birthdate", "1955-05-11")]
    [InlineData("insuredBranchNumber", "01")]
    public async Task Identifiers_that_match_no_coverage_answer_404_patient_not_found(string field, string value)
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");

        var response = await clinic.Client.PostAsJsonAsync("/consents", patient.ConsentRequest("card", MedicationAndClinical, (field, value)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("PATIENT_NOT_FOUND", (await Json.ReadAsync(response)).Str("code"));
        Assert.Equal(0, await Server.CountAsync("consents", "facility_code", clinic.Code));
    }

    [Fact]
    public async Task Twins_on_one_card_named_without_their_branch_number_answer_409_patient_ambiguous()
    {
        var first = await Server.NewPatientAsync(branch: "01");
        var load = await first.Insurer.LoadMembersAsync(MemberRecords.Complete(first.Insurer.Code, first.Number, "02", first.Birthdate));
        load.EnsureSuccessStatusCode();
        var clinic = await Server.NewOrganizationAsync("clinic");

        var response = await clinic.Client.PostAsJsonAsync("/consents", first.ConsentRequest("verbal", MedicationAndClinical, ("insuredBranchNumber", null)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("PATIENT_AMBIGUOUS", problem.Str("code"));
        Assert.Equal("insuredBranchNumber", problem.GetProperty("errors")[0].Str("field"));
        Assert.Equal(0, await Server.CountAsync("consents", "facility_code", clinic.Code));
        await GrantAsync(clinic, first.ConsentRequest("verbal", MedicationAndClinical));
    }

    [Theory]
    [InlineData("card", "medication,genome", "scopes", "CONSENT_SCOPE_UNKNOWN")]
    [InlineData("fax", "medication", "method", "CONSENT_METHOD_UNKNOWN")]
    [InlineData("card", "", "scopes", "FIELD_REQUIRED")]
    public async Task An_unknown_scope_or_method_answers_400_naming_the_field(string method, string scopes, string field, string code)
    {
        var patient = await Server.NewPatientAsync();
        var pharmacy = await Server.NewOrganizationAsync("pharmacy");

        var response = await pharmacy.Client.PostAsJsonAsync("/consents", patient.ConsentRequest(method, scopes.Split(',', StringSplitOptions.RemoveEmptyEntries)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await Json.ReadAsync(response)).GetProperty("errors").EnumerateArray());
        Assert.Equal((field, code), (error.Str("field"), error.Str("code")));
        Assert.Equal(0, await Server.CountAsync("consents", "facility_code", pharmacy.Code));
    }

    [Fact]
    public async Task An_insurer_cannot_record_consent()
    {
        var patient = await Server.NewPatientAsync();

        var response = await patient.Insurer.Client.PostAsJsonAsync("/consents", patient.ConsentRequest("card", MedicationAndClinical));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("AUTH_FORBIDDEN", (await Json.ReadAsync(response)).Str("code"));
        Assert.Equal(0, await Server.CountAsync("consents", "facility_code", patient.Insurer.Code));
    }

    private static async Task<long> GrantAsync(TestOrganization facility, JsonObject request)
    {
        var response = await facility.Client.PostAsJsonAsync("/consents", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json.ReadAsync(response)).GetProperty("id").GetInt64();
    }

    private Task<bool> MaySeeAsync(TestOrganization facility, TestPatient patient, ConsentScope scope) =>
        Server.Service<ConsentService>().MaySeeAsync(facility.Code, patient.PersonId, scope);
}

public sealed class ConsentOnSqlite(SqliteServer server) : ConsentTests(server), IClassFixture<SqliteServer>;

public sealed class ConsentOnPostgres(PostgresServer server) : ConsentTests(server), IClassFixture<PostgresServer>;
