using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tsunagu.Domain;
using Tsunagu.Server.Demo.Prescriptions;
using Tsunagu.Server.Prescriptions;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Server.Tests.Prescriptions.Support;

namespace Tsunagu.Server.Tests.Prescriptions;

public abstract class MedicationCheckTests(TsunaguServerFixture server) : ServerTests(server)
{
    private DateOnly Today => JapanTime.DateOf(Server.Clock.GetUtcNow());

    [Fact]
    public async Task Without_consent_a_duplicate_and_a_contraindication_elsewhere_are_reported_but_masked()
    {
        var (clinic, patient, _) = await TakingHalcionAsync();
        var other = await Server.NewOrganizationAsync("clinic");

        var response = await other.CheckCodesAsync(patient, DemoCodes.Receipt(DemoCodes.Itrizole), DemoCodes.TriazolamGeneric);

        var text = await response.Content.ReadAsStringAsync();
        var issues = (await Json.ReadAsync(response)).GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal([("contraindication", 1), ("duplicate", 2)], issues.Select(i => (i.Str("type"), i.GetProperty("drug").GetProperty("line").GetInt32())));
        Assert.All(issues, i => Assert.True(i.GetProperty("masked").GetBoolean() && !i.TryGetProperty("with", out _)));
        Assert.DoesNotContain("ハルシオン", text, StringComparison.Ordinal);
        Assert.DoesNotContain(clinic.Code, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_patients_consent_an_issue_names_the_other_drug_and_facility()
    {
        var (clinic, patient, _) = await TakingHalcionAsync();
        var other = await Server.NewOrganizationAsync("clinic");
        await other.ConsentAsync(patient);

        var issue = await SingleIssueAsync(await other.CheckCodesAsync(patient, DemoCodes.Receipt(DemoCodes.Itrizole)));

        Assert.False(issue.GetProperty("masked").GetBoolean());
        var with = issue.GetProperty("with");
        Assert.Equal(("prescription", "ハルシオン０．２５ｍｇ錠", clinic.Code, 14), (with.Str("source"), with.Str("name"), with.Str("facilityCode"), with.GetProperty("daysSupply").GetInt32()));
        Assert.Contains("ハルシオン", issue.Str("messageJa"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_an_emergency_a_hospital_sees_the_other_drug_without_consent()
    {
        var (_, patient, _) = await TakingHalcionAsync();
        var hospital = await Server.NewOrganizationAsync("hospital");
        (await hospital.Client.PostAsJsonAsync("/emergency-access", new { reason = "意識障害で搬送", name = "山田 太郎", birthdate = patient.Birthdate, sex = "1", insurerNumber = patient.Insurer.Code }))
            .EnsureSuccessStatusCode();

        var issue = await SingleIssueAsync(await hospital.CheckCodesAsync(patient, DemoCodes.TriazolamGeneric));

        Assert.Equal(("duplicate", false), (issue.Str("type"), issue.GetProperty("masked").GetBoolean()));
    }

    [Fact]
    public async Task The_callers_own_prescriptions_are_compared_only_when_it_opts_in()
    {
        var (clinic, patient, _) = await TakingHalcionAsync();

        var own = await clinic.CheckCodesAsync(patient, DemoCodes.TriazolamGeneric);
        var optedIn = await clinic.Client.PostAsJsonAsync("/prescriptions/check?includeOwn=true", patient.Identifiers(("drugs", new System.Text.Json.Nodes.JsonArray(DemoCodes.TriazolamGeneric))));

        Assert.Equal(0, (await Json.ReadAsync(own)).GetProperty("issues").GetArrayLength());
        Assert.Equal("duplicate", (await SingleIssueAsync(optedIn)).Str("type"));
    }

    [Fact]
    public async Task An_inpatient_order_is_left_out_and_an_outpatient_in_house_order_counts()
    {
        var patient = await Server.NewPatientAsync();
        var hospital = await Server.NewOrganizationAsync("hospital");
        var clinic = await Server.NewOrganizationAsync("clinic");
        await hospital.RegisteredAsync(RxDocuments.Csv(Halcion(hospital, patient)), "?issueType=inhouse&inpatient=true");

        var whileInpatient = await clinic.CheckCodesAsync(patient, DemoCodes.TriazolamGeneric);
        await hospital.RegisteredAsync(RxDocuments.Csv(Halcion(hospital, patient)), "?issueType=inhouse");
        var afterOutpatient = await clinic.CheckCodesAsync(patient, DemoCodes.TriazolamGeneric);

        Assert.Equal(0, (await Json.ReadAsync(whileInpatient)).GetProperty("issues").GetArrayLength());
        Assert.Equal("duplicate", (await SingleIssueAsync(afterOutpatient)).Str("type"));
    }

    [Fact]
    public async Task Registering_runs_the_check_and_answers_its_issues()
    {
        var (_, patient, _) = await TakingHalcionAsync();
        var other = await Server.NewOrganizationAsync("clinic");
        var itraconazole = RxDocuments.For(other, patient, Today, DemoDrugLines.Oral(1, 7, DemoDrugLines.Line(1, DemoCodes.Itrizole, 1)));

        var answer = await other.RegisteredAsync(RxDocuments.Csv(itraconazole));

        var issue = Assert.Single(answer.GetProperty("issues").EnumerateArray());
        Assert.Equal(("contraindication", true, 1), (issue.Str("type"), issue.GetProperty("masked").GetBoolean(), issue.GetProperty("drug").GetProperty("rp").GetInt32()));
    }

    [Fact]
    public async Task A_prescription_is_not_compared_with_itself_when_a_pharmacy_checks_or_dispenses_it()
    {
        var (_, patient, registered) = await TakingHalcionAsync();
        var pharmacy = await Server.NewOrganizationAsync("pharmacy");
        (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).EnsureSuccessStatusCode();
        var codes = new System.Text.Json.Nodes.JsonArray(DemoCodes.Receipt(DemoCodes.Halcion));

        var unnamed = await pharmacy.Client.PostAsJsonAsync("/prescriptions/check", patient.Identifiers(("drugs", codes.DeepClone())));
        var named = await pharmacy.Client.PostAsJsonAsync($"/prescriptions/check?prescriptionId={registered.Id}", patient.Identifiers(("drugs", codes)));
        var dispensed = await pharmacy.DispenseAsync(RxDocuments.DispensingCsv(RxDocuments.Dispensing(pharmacy, registered.Id, Today, registered.Prescription.Rps)));

        Assert.Equal("duplicate", (await SingleIssueAsync(unnamed)).Str("type"));
        Assert.Equal(0, (await Json.ReadAsync(named)).GetProperty("issues").GetArrayLength());
        Assert.Equal(0, (await Json.ReadAsync(dispensed)).GetProperty("issues").GetArrayLength());
    }

    [Fact]
    public async Task Once_dispensed_a_prescription_is_compared_as_its_dispensing()
    {
        var (_, patient, registered) = await TakingHalcionAsync();
        var pharmacy = await Server.NewOrganizationAsync("pharmacy");
        var other = await Server.NewOrganizationAsync("clinic");
        await other.ConsentAsync(patient);
        (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).EnsureSuccessStatusCode();
        (await pharmacy.DispenseAsync(RxDocuments.DispensingCsv(RxDocuments.Dispensing(pharmacy, registered.Id, Today, registered.Prescription.Rps)))).EnsureSuccessStatusCode();

        var with = (await SingleIssueAsync(await other.CheckCodesAsync(patient, DemoCodes.TriazolamGeneric))).GetProperty("with");

        Assert.Equal(("dispensing", pharmacy.Code), (with.Str("source"), with.Str("facilityCode")));
    }

    [Fact]
    public async Task A_draft_prescription_document_is_checked_without_being_registered()
    {
        var (_, patient, _) = await TakingHalcionAsync();
        var other = await Server.NewOrganizationAsync("clinic");
        var draft = RxDocuments.For(other, patient, Today, DemoDrugLines.Oral(1, 7, DemoDrugLines.Line(1, DemoCodes.Itrizole, 1, Domain.Prescriptions.DrugCodeSystem.Yj)));

        var response = await other.Client.PostAsync("/prescriptions/check", RxDocuments.Csv(draft));

        Assert.Equal("contraindication", (await SingleIssueAsync(response)).Str("type"));
        Assert.Equal((1L, 0L, 1L), await RxRows.CountAsync(Server, patient.PersonId));
    }

    [Fact]
    public async Task An_unknown_issue_type_is_refused_rather_than_checked_as_an_outpatient_order()
    {
        var (_, patient, _) = await TakingHalcionAsync();
        var other = await Server.NewOrganizationAsync("clinic");

        var response = await other.Client.PostAsync("/prescriptions/check?issueType=fax", RxDocuments.Csv(Halcion(other, patient)));

        await Server.AssertRefusedAsync(response, other, PrescriptionCheck.Action, HttpStatusCode.BadRequest, "FIELD_NOT_IN_TABLE", "issueType");
    }

    [Fact]
    public async Task Every_check_is_counted_with_its_duplicate_and_contraindication_alerts()
    {
        var (_, patient, _) = await TakingHalcionAsync();
        var other = await Server.NewOrganizationAsync("clinic");
        var before = await CountsAsync();

        await other.CheckCodesAsync(patient, DemoCodes.Receipt(DemoCodes.Itrizole), DemoCodes.TriazolamGeneric);
        await other.CheckCodesAsync(patient, DemoCodes.Receipt(DemoCodes.Crestor));

        Assert.Equal((before.Checks + 2, before.Duplicates + 1, before.Contraindications + 1), await CountsAsync());
    }

    [Fact]
    public async Task Dummy_codes_and_unknown_patients_are_refused()
    {
        var (_, patient, _) = await TakingHalcionAsync();
        var other = await Server.NewOrganizationAsync("clinic");

        var dummy = await other.CheckCodesAsync(patient, "666660000");
        var stranger = await other.CheckCodesAsync(patient with { Number = "9999" }, DemoCodes.TriazolamGeneric);

        Assert.Equal((HttpStatusCode.BadRequest, "DRUG_DUMMY_CODE"), (dummy.StatusCode, (await RxCalls.ErrorCodesAsync(dummy))[0]));
        Assert.Equal((HttpStatusCode.NotFound, "PATIENT_NOT_FOUND"), (stranger.StatusCode, (await RxCalls.ErrorCodesAsync(stranger))[0]));
    }

    private Task<(TestOrganization Clinic, TestPatient Patient, Registered Prescription)> TakingHalcionAsync() => RxScenarios.TakingHalcionAsync(Server);

    private Domain.Prescriptions.Prescription Halcion(TestOrganization facility, TestPatient patient) => RxScenarios.Halcion(Server, facility, patient);

    private static async Task<JsonElement> SingleIssueAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return Assert.Single((await Json.ReadAsync(response)).GetProperty("issues").EnumerateArray());
    }

    private async Task<(long Checks, long Duplicates, long Contraindications)> CountsAsync() =>
        (await RxAudit.CountAsync(Server, PrescriptionMetrics.Check), await RxAudit.CountAsync(Server, PrescriptionMetrics.Duplicate),
            await RxAudit.CountAsync(Server, PrescriptionMetrics.Contraindication));
}

public sealed class MedicationChecksOnSqlite(RxSqliteServer server) : MedicationCheckTests(server), IClassFixture<RxSqliteServer>;

public sealed class MedicationChecksOnPostgres(RxPostgresServer server) : MedicationCheckTests(server), IClassFixture<RxPostgresServer>;
