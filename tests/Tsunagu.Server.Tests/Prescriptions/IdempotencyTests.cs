using System.Net;
using Tsunagu.Domain;
using Tsunagu.Server.Prescriptions;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Server.Tests.Prescriptions.Support;

namespace Tsunagu.Server.Tests.Prescriptions;

public abstract class IdempotencyTests(TsunaguServerFixture server) : ServerTests(server)
{
    private DateOnly Today => JapanTime.DateOf(Server.Clock.GetUtcNow());

    [Fact]
    public async Task A_retried_registration_gets_the_same_answer_and_is_stored_once()
    {
        var (clinic, _, patient) = await PartiesAsync();
        var csv = RxDocuments.CsvBytes(RxDocuments.For(clinic, patient, Today));

        var first = await SendAsync(clinic, "/prescriptions", csv, "retry-1");
        var again = await SendAsync(clinic, "/prescriptions", csv, "retry-1");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal((1L, 0L, 5L), await RxRows.CountAsync(Server, patient.PersonId));
    }

    [Fact]
    public async Task Retries_racing_each_other_store_the_registration_once_and_all_get_its_answer()
    {
        var (clinic, _, patient) = await PartiesAsync();
        var csv = RxDocuments.CsvBytes(RxDocuments.For(clinic, patient, Today));

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => SendAsync(clinic, "/prescriptions", csv, "race-1")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        Assert.Single(bodies.Distinct());
        Assert.Equal((1L, 0L, 5L), await RxRows.CountAsync(Server, patient.PersonId));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_and_stores_nothing_more()
    {
        var (clinic, _, patient) = await PartiesAsync();
        await SendAsync(clinic, "/prescriptions", RxDocuments.CsvBytes(RxDocuments.For(clinic, patient, Today)), "reused-1");

        var other = await SendAsync(clinic, "/prescriptions", RxDocuments.CsvBytes(RxDocuments.For(clinic, patient, Today.AddDays(-1))), "reused-1");

        Assert.Equal((HttpStatusCode.Conflict, "RX_IDEMPOTENCY_KEY_REUSED"), (other.StatusCode, (await RxCalls.ErrorCodesAsync(other))[0]));
        Assert.Equal((1L, 0L, 5L), await RxRows.CountAsync(Server, patient.PersonId));
    }

    [Fact]
    public async Task Keys_belong_to_their_client()
    {
        var (clinic, _, patient) = await PartiesAsync();
        var otherClinic = await Server.NewOrganizationAsync("clinic");
        await SendAsync(clinic, "/prescriptions", RxDocuments.CsvBytes(RxDocuments.For(clinic, patient, Today)), "shared-1");

        var theirs = await SendAsync(otherClinic, "/prescriptions", RxDocuments.CsvBytes(RxDocuments.For(otherClinic, patient, Today)), "shared-1");

        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.Equal((2L, 0L, 10L), await RxRows.CountAsync(Server, patient.PersonId));
    }

    [Fact]
    public async Task A_retried_dispensing_gets_the_same_answer_and_is_stored_once()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var registered = await Registered.PaperAsync(clinic, RxDocuments.For(clinic, patient, Today));
        (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).EnsureSuccessStatusCode();
        var csv = RxDocuments.DispensingCsvBytes(RxDocuments.Dispensing(pharmacy, registered.Id, Today, registered.Prescription.Rps));

        var first = await SendAsync(pharmacy, "/dispensings", csv, "dispense-1");
        var again = await SendAsync(pharmacy, "/dispensings", csv, "dispense-1");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal((1L, 1L, 10L), await RxRows.CountAsync(Server, patient.PersonId));
    }

    [Theory]
    [InlineData("/prescriptions", PrescriptionRegistrar.Action)]
    [InlineData("/dispensings", DispensingRegistrar.Action)]
    public async Task A_malformed_key_is_refused(string path, string action)
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var (caller, csv) = path == "/prescriptions"
            ? (clinic, RxDocuments.CsvBytes(RxDocuments.For(clinic, patient, Today)))
            : (pharmacy, RxDocuments.DispensingCsvBytes(RxDocuments.PaperDispensing(pharmacy, patient, Today, RxDocuments.For(clinic, patient, Today).Rps)));

        var response = await SendAsync(caller, path, csv, new string('k', 256));

        await Server.AssertRefusedAsync(response, caller, action, HttpStatusCode.BadRequest, "FIELD_FORMAT", "Idempotency-Key");
        await RxRows.AssertNothingStoredAsync(Server, patient.PersonId);
    }

    private static Task<HttpResponseMessage> SendAsync(TestOrganization caller, string path, byte[] csv, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = RxDocuments.Body(csv, RxDocuments.CsvType) };
        request.Headers.Add("Idempotency-Key", key);
        return caller.Client.SendAsync(request);
    }

    private async Task<(TestOrganization Clinic, TestOrganization Pharmacy, TestPatient Patient)> PartiesAsync() =>
        (await Server.NewOrganizationAsync("clinic"), await Server.NewOrganizationAsync("pharmacy"), await Server.NewPatientAsync());
}

public sealed class IdempotencyOnSqlite(RxSqliteServer server) : IdempotencyTests(server), IClassFixture<RxSqliteServer>;

public sealed class IdempotencyOnPostgres(RxPostgresServer server) : IdempotencyTests(server), IClassFixture<RxPostgresServer>;
