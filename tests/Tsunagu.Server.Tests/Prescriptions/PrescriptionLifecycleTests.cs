using System.Net;
using Tsunagu.Domain;
using Tsunagu.Domain.Audit;
using Tsunagu.Server.Prescriptions;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Server.Tests.Prescriptions.Support;

namespace Tsunagu.Server.Tests.Prescriptions;

public abstract class PrescriptionLifecycleTests(TsunaguServerFixture server) : ServerTests(server)
{
    private DateOnly Today => JapanTime.DateOf(Server.Clock.GetUtcNow());

    [Fact]
    public async Task Receiving_answers_the_full_prescription_and_locks_it_to_the_pharmacy()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var registered = await Registered.ElectronicAsync(clinic, RxDocuments.For(clinic, patient, Today));

        var response = await pharmacy.ReceiveAsync(registered.AccessCode, patient);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = await Json.ReadAsync(response);
        Assert.Equal((registered.Id, "dispensing", "薬局にて調剤中です。"), (received.Str("prescriptionId"), received.Str("status"), received.Str("statusJa")));
        Assert.False(received.TryGetProperty("accessCode", out _));
        Assert.Equal(5, received.GetProperty("prescription").GetProperty("rps").EnumerateArray().Sum(rp => rp.GetProperty("drugs").GetArrayLength()));
        var seenByIssuer = await Json.ReadAsync(await clinic.ReadAsync(registered.Id));
        Assert.Equal(("dispensing", pharmacy.Code), (seenByIssuer.Str("status"), seenByIssuer.Str("holder")));
    }

    [Fact]
    public async Task A_second_pharmacy_can_neither_receive_nor_read_a_locked_prescription()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var other = await Server.NewOrganizationAsync("pharmacy");
        var registered = await Registered.ElectronicAsync(clinic, RxDocuments.For(clinic, patient, Today));
        (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).EnsureSuccessStatusCode();

        var receive = await other.ReceiveAsync(registered.AccessCode, patient);
        var read = await other.ReadAsync(registered.Id);

        await Server.AssertRefusedAsync(receive, other, PrescriptionReception.ReceiveAction, HttpStatusCode.Conflict, "RX_LOCKED", "accessCode");
        await RxRefusals.ErrorAsync(read, HttpStatusCode.NotFound, "RX_NOT_FOUND");
        var audited = await RxAudit.LatestAsync(Server, other.Code, PrescriptionLookup.Action);
        Assert.Equal((AuditOutcome.NotFound, registered.Id, (long?)null), (audited?.Outcome, audited?.Detail, audited?.SubjectPersonId));
        Assert.Equal(("dispensing", pharmacy.Code), await StatusAndHolderAsync(clinic, registered.Id));
    }

    [Fact]
    public async Task After_a_return_another_pharmacy_receives_it_and_the_first_can_no_longer_read_it()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var other = await Server.NewOrganizationAsync("pharmacy");
        var registered = await Registered.ElectronicAsync(clinic, RxDocuments.For(clinic, patient, Today));
        (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).EnsureSuccessStatusCode();

        var returned = await pharmacy.ReturnAsync(registered.Id);

        Assert.Equal("registered", (await Json.ReadAsync(returned)).Str("status"));
        Assert.Equal(HttpStatusCode.OK, (await other.ReceiveAsync(registered.AccessCode, patient)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pharmacy.ReadAsync(registered.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pharmacy.ReturnAsync(registered.Id)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_and_a_wrong_patient_get_the_same_404()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var someoneElse = await Server.NewPatientAsync();
        var registered = await Registered.PaperAsync(clinic, RxDocuments.For(clinic, patient, Today));
        var wrongCode = registered.AccessCode == "000000" ? "000001" : "000000";

        var byCode = await pharmacy.ReceiveAsync(wrongCode, patient);
        var byPatient = await pharmacy.ReceiveAsync(registered.AccessCode, someoneElse);
        var byUnknownPatient = await pharmacy.ReceiveAsync(registered.AccessCode, someoneElse with { Number = "9999" });

        foreach (var response in new[] { byCode, byPatient, byUnknownPatient })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(await byCode.Content.ReadAsStringAsync(), await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_pharmacy_that_keeps_missing_is_throttled_even_with_the_right_code()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var registered = await Registered.PaperAsync(clinic, RxDocuments.For(clinic, patient, Today));
        var wrongCode = registered.AccessCode == "000000" ? "000001" : "000000";
        for (var i = 0; i <= ReceiveThrottle.MaxMisses; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await pharmacy.ReceiveAsync(wrongCode, patient)).StatusCode);
        }

        var refused = await pharmacy.ReceiveAsync(registered.AccessCode, patient);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(["RX_RECEIVE_THROTTLED"], await RxCalls.ErrorCodesAsync(refused));
        var audited = await RxAudit.LatestAsync(Server, pharmacy.Code, PrescriptionReception.ReceiveAction);
        Assert.Equal((AuditOutcome.Denied, "RX_RECEIVE_THROTTLED", (long?)null), (audited!.Outcome, audited.Detail, audited.SubjectPersonId));
        Assert.Equal(HttpStatusCode.OK, (await (await Server.NewOrganizationAsync("pharmacy")).ReceiveAsync(registered.AccessCode, patient)).StatusCode);
    }

    [Fact]
    public async Task A_malformed_access_code_is_refused_and_audited_as_rejected_without_a_subject()
    {
        var (_, pharmacy, patient) = await PartiesAsync();

        var refused = await pharmacy.ReceiveAsync("12ab56", patient);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var audited = await RxAudit.LatestAsync(Server, pharmacy.Code, PrescriptionReception.ReceiveAction);
        Assert.Equal((AuditOutcome.Rejected, "FIELD_FORMAT", (long?)null), (audited!.Outcome, audited.Detail, audited.SubjectPersonId));
    }

    [Fact]
    public async Task Two_pharmacies_racing_for_one_prescription_exactly_one_wins_every_time()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var other = await Server.NewOrganizationAsync("pharmacy");
        for (var round = 0; round < 20; round++)
        {
            var registered = await Registered.PaperAsync(clinic, RxDocuments.For(clinic, patient, Today));

            var answers = await Task.WhenAll(pharmacy.ReceiveAsync(registered.AccessCode, patient), other.ReceiveAsync(registered.AccessCode, patient));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        }
    }

    [Fact]
    public async Task Cancelling_before_reception_kills_the_access_code_and_removes_the_lines_from_the_history()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var registered = await Registered.PaperAsync(clinic, RxDocuments.For(clinic, patient, Today));

        var cancelled = await clinic.CancelAsync(registered.Id);

        Assert.Equal(("cancelled", "当該処方箋は処方箋取消されています。"), ((await Json.ReadAsync(cancelled)).Str("status"), (await Json.ReadAsync(cancelled)).Str("statusJa")));
        Assert.Equal(HttpStatusCode.NotFound, (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).StatusCode);
        Assert.Equal((1L, 0L, 0L), await RxRows.CountAsync(Server, patient.PersonId));
        Assert.Equal(["RX_CANCELLED"], await RxCalls.ErrorCodesAsync(await clinic.CancelAsync(registered.Id)));
    }

    [Fact]
    public async Task A_received_prescription_cannot_be_cancelled_and_another_facility_cannot_even_find_it()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var registered = await Registered.PaperAsync(clinic, RxDocuments.For(clinic, patient, Today));
        (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).EnsureSuccessStatusCode();

        var tooLate = await clinic.CancelAsync(registered.Id);
        var byOther = await (await Server.NewOrganizationAsync("clinic")).CancelAsync(registered.Id);

        Assert.Equal((HttpStatusCode.Conflict, "RX_CANCEL_TOO_LATE"), (tooLate.StatusCode, (await RxCalls.ErrorCodesAsync(tooLate))[0]));
        Assert.Equal((HttpStatusCode.NotFound, "RX_NOT_FOUND"), (byOther.StatusCode, (await RxCalls.ErrorCodesAsync(byOther))[0]));
    }

    [Fact]
    public async Task A_signed_dispensing_completes_an_electronic_prescription_and_updates_the_history_at_once()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var registered = await Registered.ElectronicAsync(clinic, RxDocuments.For(clinic, patient, Today));
        (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).EnsureSuccessStatusCode();
        var result = RxDocuments.Dispensing(pharmacy, registered.Id, Today, registered.Prescription.Rps);

        var response = await pharmacy.DispenseAsync(RxDocuments.SignedDispensing(result, RxPki.Instance.Pharmacist));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await Json.ReadAsync(response);
        Assert.Equal(("dispensed", "薬局にて調剤済です。", 0), (answer.GetProperty("prescription").Str("status"), answer.GetProperty("prescription").Str("statusJa"), answer.GetProperty("prescription").GetProperty("usesLeft").GetInt32()));
        Assert.Equal(0, answer.GetProperty("issues").GetArrayLength());
        Assert.Equal((1L, 1L, 10L), await RxRows.CountAsync(Server, patient.PersonId));
        Assert.Equal(HttpStatusCode.NotFound, (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).StatusCode);
        Assert.Equal("dispensed", (await Json.ReadAsync(await pharmacy.ReadAsync(registered.Id))).Str("status"));
    }

    [Fact]
    public async Task A_dispensed_prescription_takes_no_second_dispensing_and_cannot_be_cancelled()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var registered = await Registered.ElectronicAsync(clinic, RxDocuments.For(clinic, patient, Today));
        (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).EnsureSuccessStatusCode();
        var signed = RxDocuments.SignedDispensing(RxDocuments.Dispensing(pharmacy, registered.Id, Today, registered.Prescription.Rps), RxPki.Instance.Pharmacist);
        (await pharmacy.DispenseAsync(signed)).EnsureSuccessStatusCode();

        var again = await pharmacy.DispenseAsync(RxDocuments.SignedDispensing(RxDocuments.Dispensing(pharmacy, registered.Id, Today, registered.Prescription.Rps), RxPki.Instance.Pharmacist));
        var cancel = await clinic.CancelAsync(registered.Id);

        await Server.AssertRefusedAsync(again, pharmacy, DispensingRegistrar.Action, HttpStatusCode.Conflict, "RX_ALREADY_DISPENSED", "prescriptionId");
        await Server.AssertRefusedAsync(cancel, clinic, PrescriptionCancellation.Action, HttpStatusCode.Conflict, "RX_CANCEL_TOO_LATE", "id");
        Assert.Equal((1L, 1L, 10L), await RxRows.CountAsync(Server, patient.PersonId));
        Assert.Equal(("dispensed", pharmacy.Code), await StatusAndHolderAsync(clinic, registered.Id));
    }

    [Fact]
    public async Task A_paper_prescription_is_dispensed_unsigned_by_id_or_by_the_patient_alone()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var registered = await Registered.PaperAsync(clinic, RxDocuments.For(clinic, patient, Today));
        (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).EnsureSuccessStatusCode();

        var byId = await pharmacy.DispenseAsync(RxDocuments.DispensingCsv(RxDocuments.Dispensing(pharmacy, registered.Id, Today, registered.Prescription.Rps)));
        var byPatient = await pharmacy.DispenseAsync(RxDocuments.DispensingCsv(RxDocuments.PaperDispensing(pharmacy, patient, Today, registered.Prescription.Rps)));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (byId.StatusCode, byPatient.StatusCode));
        Assert.False((await Json.ReadAsync(byPatient)).TryGetProperty("prescription", out _));
        Assert.Equal((1L, 2L, 15L), await RxRows.CountAsync(Server, patient.PersonId));
    }

    [Fact]
    public async Task A_pharmacy_cannot_dispense_a_prescription_it_did_not_receive_nor_for_another_pharmacy()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var other = await Server.NewOrganizationAsync("pharmacy");
        var registered = await Registered.PaperAsync(clinic, RxDocuments.For(clinic, patient, Today));

        var notReceived = await pharmacy.DispenseAsync(RxDocuments.DispensingCsv(RxDocuments.Dispensing(pharmacy, registered.Id, Today, registered.Prescription.Rps)));
        var forOther = await pharmacy.DispenseAsync(RxDocuments.DispensingCsv(RxDocuments.PaperDispensing(other, patient, Today, registered.Prescription.Rps)));

        Assert.Equal((HttpStatusCode.NotFound, "RX_NOT_FOUND"), (notReceived.StatusCode, (await RxCalls.ErrorCodesAsync(notReceived))[0]));
        Assert.Equal((HttpStatusCode.Forbidden, "RX_FACILITY_MISMATCH"), (forOther.StatusCode, (await RxCalls.ErrorCodesAsync(forOther))[0]));
        Assert.Equal((1L, 0L, 5L), await RxRows.CountAsync(Server, patient.PersonId));
    }

    [Fact]
    public async Task On_its_fifth_day_an_unreceived_prescription_is_expired_and_the_sweep_frees_its_code()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var registered = await Registered.PaperAsync(clinic, RxDocuments.For(clinic, patient, Today));
        try
        {
            Server.Clock.SetDaysAhead(3);
            Assert.Equal("registered", (await Json.ReadAsync(await clinic.ReadAsync(registered.Id))).Str("status"));
            Server.Clock.SetDaysAhead(4);

            var expired = await pharmacy.ReceiveAsync(registered.AccessCode, patient);
            await Server.Service<PrescriptionExpiry>().SweepAsync();

            Assert.Equal((HttpStatusCode.Conflict, "RX_EXPIRED"), (expired.StatusCode, (await RxCalls.ErrorCodesAsync(expired))[0]));
            Assert.Equal(HttpStatusCode.NotFound, (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).StatusCode);
            var read = await Json.ReadAsync(await clinic.ReadAsync(registered.Id));
            Assert.Equal(("expired", "使用期限を過ぎています。"), (read.Str("status"), read.Str("statusJa")));
            Assert.False(read.TryGetProperty("accessCode", out _));
        }
        finally
        {
            Server.Clock.SetDaysAhead(0);
        }
    }

    private static async Task<(string Status, string? Holder)> StatusAndHolderAsync(TestOrganization issuer, string id)
    {
        var read = await Json.ReadAsync(await issuer.ReadAsync(id));
        return (read.Str("status"), read.TryGetProperty("holder", out var holder) ? holder.GetString() : null);
    }

    private async Task<(TestOrganization Clinic, TestOrganization Pharmacy, TestPatient Patient)> PartiesAsync() =>
        (await Server.NewOrganizationAsync("clinic"), await Server.NewOrganizationAsync("pharmacy"), await Server.NewPatientAsync());
}

public sealed class PrescriptionLifecycleOnSqlite(RxSqliteServer server) : PrescriptionLifecycleTests(server), IClassFixture<RxSqliteServer>;

public sealed class PrescriptionLifecycleOnPostgres(RxPostgresServer server) : PrescriptionLifecycleTests(server), IClassFixture<RxPostgresServer>;
