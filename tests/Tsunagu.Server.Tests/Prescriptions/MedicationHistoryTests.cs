using System.Net;
using System.Net.Http.Json;
using Tsunagu.Domain;
using Tsunagu.Domain.Audit;
using Tsunagu.Server.Eligibility;
using Tsunagu.Server.Prescriptions;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Server.Tests.Prescriptions.Support;

namespace Tsunagu.Server.Tests.Prescriptions;

public abstract class MedicationHistoryTests(TsunaguServerFixture server) : ServerTests(server)
{
    private DateOnly Today => JapanTime.DateOf(Server.Clock.GetUtcNow());

    [Fact]
    public async Task Without_consent_the_history_is_refused_and_the_refusal_audited()
    {
        var (patient, _, _) = await DispensedAsync();
        var other = await Server.NewOrganizationAsync("clinic");

        var response = await other.HistoryAsync(patient);

        Assert.Equal((HttpStatusCode.Forbidden, "RX_HISTORY_NO_CONSENT"), (response.StatusCode, (await Json.ReadAsync(response)).Str("code")));
        var audited = Assert.Single(await RxAudit.EventsAsync(Server, patient.PersonId, MedicationHistoryService.Action));
        Assert.Equal((other.Code, AuditOutcome.Denied), (audited.OrganizationCode, audited.Outcome));
    }

    [Fact]
    public async Task With_consent_a_facility_sees_prescriptions_and_dispensings_across_facilities_audited_and_counted()
    {
        var (patient, clinic, pharmacy) = await DispensedAsync();
        var other = await Server.NewOrganizationAsync("clinic");
        await other.ConsentAsync(patient);
        var views = await RxAudit.CountAsync(Server, UsageMetrics.ViewMedication);

        var response = await other.HistoryAsync(patient);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = await Json.ReadAsync(response);
        var prescription = Assert.Single(history.GetProperty("prescriptions").EnumerateArray());
        var dispensing = Assert.Single(history.GetProperty("dispensings").EnumerateArray());
        Assert.Equal(("consent", clinic.Code, true, 5), (history.Str("basis"), prescription.Str("facilityCode"), prescription.GetProperty("dispensed").GetBoolean(), prescription.GetProperty("drugs").GetArrayLength()));
        Assert.Equal((pharmacy.Code, prescription.Str("id")), (dispensing.Str("facilityCode"), dispensing.Str("prescriptionId")));
        Assert.Equal(Today.AddYears(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), history.Str("from"));
        var audited = Assert.Single(await RxAudit.EventsAsync(Server, patient.PersonId, MedicationHistoryService.Action));
        Assert.Equal((AuditOutcome.Success, AuditReason.Consent), (audited.Outcome, audited.Reason));
        Assert.Equal(views + 1, await RxAudit.CountAsync(Server, UsageMetrics.ViewMedication));
    }

    [Fact]
    public async Task In_an_emergency_a_hospital_sees_the_history_audited_as_emergency()
    {
        var (patient, _, _) = await DispensedAsync();
        var hospital = await Server.NewOrganizationAsync("hospital");
        (await hospital.Client.PostAsJsonAsync("/emergency-access", new { reason = "意識障害で搬送", name = "山田 太郎", birthdate = patient.Birthdate, sex = "1", insurerNumber = patient.Insurer.Code }))
            .EnsureSuccessStatusCode();

        var history = await Json.ReadAsync(await hospital.HistoryAsync(patient));

        Assert.Equal("emergency", history.Str("basis"));
        Assert.Equal(AuditReason.Emergency, Assert.Single(await RxAudit.EventsAsync(Server, patient.PersonId, MedicationHistoryService.Action)).Reason);
    }

    [Fact]
    public async Task The_range_asked_for_bounds_what_is_shown()
    {
        var (patient, _, _) = await DispensedAsync();
        var other = await Server.NewOrganizationAsync("clinic");
        await other.ConsentAsync(patient);
        var yesterday = Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var history = await Json.ReadAsync(await other.HistoryAsync(patient, $"&from=2020-01-01&to={yesterday}"));
        var inverted = await other.HistoryAsync(patient, $"&from={yesterday}&to=2020-01-01");

        Assert.Equal((0, 0), (history.GetProperty("prescriptions").GetArrayLength(), history.GetProperty("dispensings").GetArrayLength()));
        Assert.Equal((HttpStatusCode.BadRequest, "FIELD_DATES_OUT_OF_ORDER"), (inverted.StatusCode, (await RxCalls.ErrorCodesAsync(inverted))[0]));
    }

    [Fact]
    public async Task A_malformed_request_is_refused_and_audited_as_rejected_without_a_subject()
    {
        var (patient, _, _) = await DispensedAsync();
        var other = await Server.NewOrganizationAsync("clinic");

        var response = await other.HistoryAsync(patient, "&from=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var audited = await RxAudit.LatestAsync(Server, other.Code, MedicationHistoryService.Action);
        Assert.Equal((AuditOutcome.Rejected, (await RxCalls.ErrorCodesAsync(response))[0], (long?)null), (audited!.Outcome, audited.Detail, audited.SubjectPersonId));
    }

    [Fact]
    public async Task An_unknown_patient_is_not_found()
    {
        var (patient, _, _) = await DispensedAsync();

        var response = await (await Server.NewOrganizationAsync("clinic")).HistoryAsync(patient with { Number = "9999" });

        Assert.Equal((HttpStatusCode.NotFound, "PATIENT_NOT_FOUND"), (response.StatusCode, (await RxCalls.ErrorCodesAsync(response))[0]));
    }

    /// <summary>A patient with a prescription from a clinic, received and dispensed by a pharmacy.</summary>
    private async Task<(TestPatient Patient, TestOrganization Clinic, TestOrganization Pharmacy)> DispensedAsync()
    {
        var clinic = await Server.NewOrganizationAsync("clinic");
        var pharmacy = await Server.NewOrganizationAsync("pharmacy");
        var patient = await Server.NewPatientAsync();
        var registered = await Registered.PaperAsync(clinic, RxDocuments.For(clinic, patient, Today));
        (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).EnsureSuccessStatusCode();
        (await pharmacy.DispenseAsync(RxDocuments.DispensingCsv(RxDocuments.Dispensing(pharmacy, registered.Id, Today, registered.Prescription.Rps)))).EnsureSuccessStatusCode();
        return (patient, clinic, pharmacy);
    }
}

public sealed class MedicationHistoryOnSqlite(RxSqliteServer server) : MedicationHistoryTests(server), IClassFixture<RxSqliteServer>;

public sealed class MedicationHistoryOnPostgres(RxPostgresServer server) : MedicationHistoryTests(server), IClassFixture<RxPostgresServer>;
