using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Tsunagu.Domain;
using Tsunagu.Formats.Signatures;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Demo.Generation;
using Tsunagu.Server.Demo.History;
using Tsunagu.Server.Demo.Requests;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Demo;

/// <summary>The load-test bodies <c>tsunagu demo queries</c> writes, sent to a server holding the demo set they were made for.</summary>
public abstract class DemoRequestTests(DemoRxServer server) : ServerTests(server)
{
    private static readonly string[] MedicationScope = ["medication"];

    private DemoRxServer Demo => (DemoRxServer)Server;

    private DemoDataGenerator Generator => new(new DemoDataOptions(DemoRxServer.People, 0, DemoRxServer.Seed, JapanTime.DateOf(Server.Clock.GetUtcNow())));

    [Fact]
    public async Task Check_bodies_find_a_duplicate_or_a_contraindication_in_the_history_of_some_demo_people()
    {
        using var clinic = await ClinicAsync();
        var found = new List<string>();
        var generator = Generator;

        foreach (var person in DemoRequestPeople.Spread(generator, 200))
        {
            var response = await clinic.PostAsync("/prescriptions/check", Body(DemoCheckBodies.Of(generator, person), "application/json"));
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            found.AddRange((await Json.ReadAsync(response)).GetProperty("issues").EnumerateArray().Select(i => i.Str("type")));
        }

        Assert.Contains("duplicate", found);
        Assert.InRange(found.Count, 10, 200 * 5);
    }

    [Fact]
    public async Task Every_demo_patient_is_found_covered_by_an_eligibility_check()
    {
        using var clinic = await ClinicAsync();

        foreach (var patient in Demo.Credentials.Patients)
        {
            var response = await clinic.PostAsync("/eligibility/check", Body(patient.RequestBody(), "application/json"));
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            Assert.Equal("1", (await Json.ReadAsync(response)).Str("qualificationValidity"));
        }
    }

    [Fact]
    public async Task The_first_demo_patients_check_finds_what_they_take_and_names_it_once_they_consent()
    {
        using var clinic = await ClinicAsync();
        var patient = Demo.Credentials.Patients[0];
        Assert.NotNull(patient.CheckDrugs);

        var consent = await clinic.PostAsync("/consents", Body(patient.RequestBody(("scopes", MedicationScope), ("method", "verbal")), "application/json"));
        var check = await clinic.PostAsync("/prescriptions/check", Body(patient.RequestBody(("drugs", patient.CheckDrugs)), "application/json"));

        consent.EnsureSuccessStatusCode();
        var issues = (await Json.ReadAsync(check)).GetProperty("issues").EnumerateArray().ToList();
        Assert.NotEmpty(issues);
        var clinicCode = Demo.Credentials.Clients.Single(c => c.Kind == Roles.Clinic).Code;
        Assert.All(issues, i => Assert.False(i.GetProperty("masked").GetBoolean()));
        Assert.All(issues, i => Assert.NotEqual(clinicCode, i.GetProperty("with").Str("facilityCode")));
    }

    [Fact]
    public async Task A_consenting_demo_patient_sees_their_demo_prescriptions_and_dispensings()
    {
        using var clinic = await ClinicAsync();
        var patient = Demo.Credentials.Patients[0];
        (await clinic.PostAsync("/consents", Body(patient.RequestBody(("scopes", MedicationScope), ("method", "verbal")), "application/json"))).EnsureSuccessStatusCode();
        var query = string.Join('&', JsonSerializer.Deserialize<Dictionary<string, string>>(patient.RequestBody())!.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

        var history = await Json.ReadAsync(await clinic.GetAsync($"/patients/medications?{query}"));

        var ids = history.GetProperty("prescriptions").EnumerateArray().Concat(history.GetProperty("dispensings").EnumerateArray()).Select(d => d.Str("id")).ToList();
        Assert.Contains(ids, id => id.StartsWith(DemoSourceIds.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signed_registration_bodies_register_as_electronic_prescriptions_of_the_demo_clinic()
    {
        using var clinic = await ClinicAsync();
        var generator = Generator;
        using var bodies = DemoRegistrationBodies.Create(Server.DataFolder, Demo.Credentials.Clients.Single(c => c.Kind == Roles.Clinic), DateTimeOffset.UtcNow).Value!;

        foreach (var person in DemoRequestPeople.Spread(generator, 10))
        {
            var body = bodies.Of(generator, person);
            var response = await clinic.PostAsync("/prescriptions", Body(body, MediaTypes.Xml));

            Assert.DoesNotContain('\n', body);
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            Assert.Equal("electronic", (await Json.ReadAsync(response)).Str("issueType"));
        }
    }

    private async Task<HttpClient> ClinicAsync()
    {
        var clinic = Demo.Credentials.Clients.Single(c => c.Kind == Roles.Clinic);
        return Server.WithToken(await Server.TokenAsync(clinic.ClientId, clinic.ClientSecret));
    }

    private static ByteArrayContent Body(string text, string mediaType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }
}

public sealed class DemoRequestsOnSqlite(DemoRxSqliteServer server) : DemoRequestTests(server), IClassFixture<DemoRxSqliteServer>;

public sealed class DemoRequestsOnPostgres(DemoRxPostgresServer server) : DemoRequestTests(server), IClassFixture<DemoRxPostgresServer>;

/// <summary>
/// The same requests on PostgreSQL with one connection per pool: a request that held two connections of one pool at
/// once would wait here for the pool's timeout and fail, where under load it would stall the server.
/// </summary>
public sealed class DemoRequestsOnOneConnection(DemoRxOneConnectionServer server) : DemoRequestTests(server), IClassFixture<DemoRxOneConnectionServer>;
