using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tsunagu.Domain;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Server.Tests.Prescriptions.Support;

namespace Tsunagu.Server.Tests.Prescriptions;

/// <summary>
/// Who may call each route of the prescription service: a caller of another role gets 403 and a caller without a
/// token 401, each with its stable code — and neither call changes the prescription it names.
/// </summary>
public abstract class PrescriptionAccessTests(TsunaguServerFixture server) : ServerTests(server)
{
    private DateOnly Today => JapanTime.DateOf(Server.Clock.GetUtcNow());

    [Theory]
    [InlineData("POST", "/prescriptions", "pharmacy")]
    [InlineData("POST", "/prescriptions/check", "insurer")]
    [InlineData("POST", "/prescriptions/receive", "clinic")]
    [InlineData("GET", "/prescriptions/{id}", "insurer")]
    [InlineData("POST", "/prescriptions/{id}/cancel", "pharmacy")]
    [InlineData("POST", "/prescriptions/{id}/return", "clinic")]
    [InlineData("POST", "/dispensings", "clinic")]
    [InlineData("GET", "/patients/medications", "insurer")]
    public async Task A_wrong_role_gets_403_and_no_token_401_and_neither_changes_anything(string method, string route, string wrongRole)
    {
        var (clinic, pharmacy, patient) = (await Server.NewOrganizationAsync("clinic"), await Server.NewOrganizationAsync("pharmacy"), await Server.NewPatientAsync());
        var registered = await Registered.PaperAsync(clinic, RxDocuments.For(clinic, patient, Today));
        (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).EnsureSuccessStatusCode();
        var caller = wrongRole switch
        {
            "clinic" => clinic.Client,
            "pharmacy" => pharmacy.Client,
            _ => patient.Insurer.Client,
        };
        using var anonymous = Server.Anonymous();
        HttpRequestMessage Call() => new(new HttpMethod(method), Path(route, registered.Id, patient)) { Content = Body(route, clinic, pharmacy, patient, registered) };

        var forbidden = await caller.SendAsync(Call());
        var unauthenticated = await anonymous.SendAsync(Call());

        await RxRefusals.ErrorAsync(forbidden, HttpStatusCode.Forbidden, "AUTH_FORBIDDEN");
        await RxRefusals.ErrorAsync(unauthenticated, HttpStatusCode.Unauthorized, "AUTH_REQUIRED");
        Assert.Equal("Bearer", Assert.Single(unauthenticated.Headers.WwwAuthenticate).Scheme);
        var read = await Json.ReadAsync(await clinic.ReadAsync(registered.Id));
        Assert.Equal(("dispensing", pharmacy.Code), (read.Str("status"), read.Str("holder")));
        Assert.Equal((1L, 0L, 5L), await RxRows.CountAsync(Server, patient.PersonId));
    }

    private static string Path(string route, string id, TestPatient patient) =>
        route == "/patients/medications" ? $"{route}?{patient.Query()}" : route.Replace("{id}", id, StringComparison.Ordinal);

    /// <summary>The body the route's rightful caller would send about this prescription, or none.</summary>
    private HttpContent? Body(string route, TestOrganization clinic, TestOrganization pharmacy, TestPatient patient, Registered registered) => route switch
    {
        "/prescriptions" => RxDocuments.Csv(RxDocuments.For(clinic, patient, Today)),
        "/prescriptions/check" => JsonContent.Create(patient.Identifiers(("drugs", new JsonArray(DemoCodes.Crestor)))),
        "/prescriptions/receive" => JsonContent.Create(patient.Identifiers(("accessCode", registered.AccessCode))),
        "/dispensings" => RxDocuments.DispensingCsv(RxDocuments.Dispensing(pharmacy, registered.Id, Today, registered.Prescription.Rps)),
        _ => null,
    };
}

public sealed class PrescriptionAccessOnSqlite(RxSqliteServer server) : PrescriptionAccessTests(server), IClassFixture<RxSqliteServer>;

public sealed class PrescriptionAccessOnPostgres(RxPostgresServer server) : PrescriptionAccessTests(server), IClassFixture<RxPostgresServer>;
