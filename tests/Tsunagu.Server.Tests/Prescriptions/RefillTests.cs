using System.Net;
using System.Text.Json;
using Tsunagu.Domain;
using Tsunagu.Server.Demo.Prescriptions;
using Tsunagu.Server.Prescriptions;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Server.Tests.Prescriptions.Support;

namespace Tsunagu.Server.Tests.Prescriptions;

public abstract class RefillTests(TsunaguServerFixture server) : ServerTests(server)
{
    private DateOnly Today => JapanTime.DateOf(Server.Clock.GetUtcNow());

    [Fact]
    public async Task A_refill_is_used_three_times_each_within_its_window_and_a_fourth_use_is_refused()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var refill = await Registered.RefillAsync(clinic, Weekly(clinic, patient), uses: 3);

        var first = await UseAsync(pharmacy, patient, refill);
        var second = await UseAsync(pharmacy, patient, refill);
        var third = await UseAsync(pharmacy, patient, refill);

        Assert.Equal(("registered", 2, Day(0), Day(14)), (first.Str("status"), first.GetProperty("usesLeft").GetInt32(), first.GetProperty("window").Str("from"), first.GetProperty("window").Str("to")));
        Assert.Equal(("registered", 1), (second.Str("status"), second.GetProperty("usesLeft").GetInt32()));
        Assert.Equal(("dispensed", 0), (third.Str("status"), third.GetProperty("usesLeft").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await pharmacy.ReceiveAsync(refill.AccessCode, patient)).StatusCode);
        var fourth = await pharmacy.DispenseAsync(Dispensing(pharmacy, refill));
        await Server.AssertRefusedAsync(fourth, pharmacy, DispensingRegistrar.Action, HttpStatusCode.Conflict, "RX_NO_USES_LEFT", "prescriptionId");
        Assert.Equal((1L, 3L, 4L), await RxRows.CountAsync(Server, patient.PersonId));
    }

    [Fact]
    public async Task A_refills_next_use_is_refused_before_its_window_with_the_window_and_received_within_it()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var refill = await Registered.RefillAsync(clinic, RxDocuments.For(clinic, patient, Today, DemoDrugLines.Oral(1, 30, DemoDrugLines.Line(1, "2189017F1022", 1))), uses: 2);
        await UseAsync(pharmacy, patient, refill);
        try
        {
            var early = await pharmacy.ReceiveAsync(refill.AccessCode, patient);

            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            var error = (await Json.ReadAsync(early)).GetProperty("errors")[0];
            Assert.Equal(("RX_REFILL_WINDOW", $"next use from {Day(23)} to {Day(37)}"), (error.Str("code"), error.Str("detail")));
            Server.Clock.SetDaysAhead(23);
            Assert.Equal(HttpStatusCode.OK, (await pharmacy.ReceiveAsync(refill.AccessCode, patient)).StatusCode);
        }
        finally
        {
            Server.Clock.SetDaysAhead(0);
        }
    }

    [Fact]
    public async Task A_refill_whose_next_window_passes_unused_expires()
    {
        var (clinic, pharmacy, patient) = await PartiesAsync();
        var refill = await Registered.RefillAsync(clinic, Weekly(clinic, patient), uses: 2);
        await UseAsync(pharmacy, patient, refill);
        try
        {
            Server.Clock.SetDaysAhead(15);

            var late = await pharmacy.ReceiveAsync(refill.AccessCode, patient);

            Assert.Equal((HttpStatusCode.Conflict, "RX_EXPIRED"), (late.StatusCode, (await RxCalls.ErrorCodesAsync(late))[0]));
            var read = await Json.ReadAsync(await clinic.ReadAsync(refill.Id));
            Assert.Equal(("expired", 0), (read.Str("status"), read.GetProperty("usesLeft").GetInt32()));
        }
        finally
        {
            Server.Clock.SetDaysAhead(0);
        }
    }

    private string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private Domain.Prescriptions.Prescription Weekly(TestOrganization clinic, TestPatient patient) =>
        RxDocuments.For(clinic, patient, Today, DemoDrugLines.Oral(1, 7, DemoDrugLines.Line(1, "2189017F1022", 1)));

    private HttpContent Dispensing(TestOrganization pharmacy, Registered refill) =>
        RxDocuments.SignedDispensing(RxDocuments.Dispensing(pharmacy, refill.Id, Today, refill.Prescription.Rps), RxPki.Instance.Pharmacist);

    /// <summary>Receives the refill and dispenses it today; returns the prescription's status after the use.</summary>
    private async Task<JsonElement> UseAsync(TestOrganization pharmacy, TestPatient patient, Registered refill)
    {
        (await pharmacy.ReceiveAsync(refill.AccessCode, patient)).EnsureSuccessStatusCode();
        var dispensed = await pharmacy.DispenseAsync(Dispensing(pharmacy, refill));
        Assert.True(dispensed.StatusCode == HttpStatusCode.Created, await dispensed.Content.ReadAsStringAsync());
        return (await Json.ReadAsync(dispensed)).GetProperty("prescription");
    }

    private async Task<(TestOrganization Clinic, TestOrganization Pharmacy, TestPatient Patient)> PartiesAsync() =>
        (await Server.NewOrganizationAsync("clinic"), await Server.NewOrganizationAsync("pharmacy"), await Server.NewPatientAsync());
}

public sealed class RefillsOnSqlite(RxSqliteServer server) : RefillTests(server), IClassFixture<RxSqliteServer>;

public sealed class RefillsOnPostgres(RxPostgresServer server) : RefillTests(server), IClassFixture<RxPostgresServer>;
