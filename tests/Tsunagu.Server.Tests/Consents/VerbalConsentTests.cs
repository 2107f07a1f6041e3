using System.Net;
using System.Net.Http.Json;
using Tsunagu.Domain.Consent;
using Tsunagu.Formats.Eligibility;
using Tsunagu.Server.Consents;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Consents;

public abstract class VerbalConsentTests(TsunaguServerFixture server) : ServerTests(server)
{
    private static readonly string[] Medication = ["medication"];

    [Fact]
    public async Task A_consent_given_verbally_after_a_check_by_card_number_answers_verbal_and_is_audited_as_verbal()
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        await clinic.CheckedAsync(patient.CheckRequest(MemberRecords.InForce));

        var response = await clinic.Client.PostAsJsonAsync("/consents", patient.ConsentRequest("verbal", Medication));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("verbal", (await Json.ReadAsync(response)).Str("method"));
        var record = Assert.Single(await Server.AuditAsync($"person={patient.PersonId}&action=consents.create"));
        Assert.Equal(
            (clinic.Code, clinic.ClientId, "Care", "Success", "medication by Verbal"),
            (record.Str("organizationCode"), record.Str("clientId"), record.Str("reason"), record.Str("outcome"), record.Str("detail")));
        Assert.True(await Server.Service<ConsentService>().MaySeeAsync(clinic.Code, patient.PersonId, ConsentScope.Medication));
    }

    [Fact]
    public async Task A_consent_chosen_at_the_card_reader_is_audited_as_by_card_not_as_verbal()
    {
        var patient = await Server.NewPatientAsync();
        var card = await Server.NewLinkedCardAsync(patient);
        var clinic = await Server.NewOrganizationAsync("clinic");

        await Checks.AnswerAsync(await clinic.CheckByCardAsync(await clinic.AssertionAsync(card, new CardConsents(ConsentScope.Medication, false, false))));

        var record = Assert.Single(await Server.AuditAsync($"person={patient.PersonId}&action=consents.create"));
        Assert.Equal((clinic.Code, "medication by Card"), (record.Str("organizationCode"), record.Str("detail")));
    }
}

public sealed class VerbalConsentOnSqlite(SqliteServer server) : VerbalConsentTests(server), IClassFixture<SqliteServer>;

public sealed class VerbalConsentOnPostgres(PostgresServer server) : VerbalConsentTests(server), IClassFixture<PostgresServer>;
