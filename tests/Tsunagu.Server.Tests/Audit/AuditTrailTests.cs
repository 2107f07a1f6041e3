using System.Net;
using System.Net.Http.Json;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Storage;
using Tsunagu.Storage.Audit;

namespace Tsunagu.Server.Tests.Audit;

public abstract class AuditTrailTests(TsunaguServerFixture server) : ServerTests(server)
{
    private static readonly string[] Medication = ["medication"];

    [Fact]
    public async Task A_member_load_is_audited_with_who_whose_what_why_and_outcome()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");
        await insurer.LoadMembersAsync(MemberRecords.Complete(insurer.Code, "1001"), MemberRecords.Complete(insurer.Code, "1002"));

        var record = Assert.Single(await Server.AuditAsync($"organization={insurer.Code}&action=members.load"));

        Assert.Equal(insurer.ClientId, record.Str("clientId"));
        Assert.Equal($"members of {insurer.Code} (2 records)", record.Str("subject"));
        Assert.Equal("InsurerMember", record.Str("reason"));
        Assert.Equal("Success", record.Str("outcome"));
        Assert.Equal("created 2, updated 0", record.Str("detail"));
        Assert.Matches("^[0-9a-f]{64}$", record.Str("hash"));
    }

    [Fact]
    public async Task A_consent_and_its_revocation_are_audited_against_the_person()
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var granted = await clinic.Client.PostAsJsonAsync("/consents", patient.ConsentRequest("card", Medication));
        var id = (await Json.ReadAsync(granted)).GetProperty("id").GetInt64();
        await clinic.Client.PostAsync($"/consents/{id}/revoke", null);

        var records = await Server.AuditAsync($"person={patient.PersonId}");

        Assert.Equal(["consents.revoke", "consents.create"], records.Select(r => r.Str("action")));
        Assert.All(records, r =>
        {
            Assert.Equal(clinic.Code, r.Str("organizationCode"));
            Assert.Equal(clinic.ClientId, r.Str("clientId"));
            Assert.Equal(patient.PersonId, r.GetProperty("subjectPersonId").GetInt64());
            Assert.Equal("Care", r.Str("reason"));
            Assert.Equal("Success", r.Str("outcome"));
        });
        Assert.Equal("medication by Card", records[1].Str("detail"));
        Assert.True(records[0].GetProperty("sequence").GetInt64() > records[1].GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task An_organization_registration_is_audited_as_the_admins_act()
    {
        var pharmacy = await Server.NewOrganizationAsync("pharmacy");

        var records = await Server.AuditAsync("organization=admin&action=organizations.create&limit=1000");

        var record = Assert.Single(records, r => r.Str("subject") == pharmacy.Code);
        Assert.Equal("admin", record.Str("clientId"));
        Assert.Equal("Admin", record.Str("reason"));
        Assert.Equal("Success", record.Str("outcome"));
    }

    [Fact]
    public async Task A_refused_member_load_is_audited_as_rejected()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");
        var bad = MemberRecords.Complete(insurer.Code, "1001");
        bad["sex"] = "9";

        await insurer.LoadMembersAsync(bad);

        var record = Assert.Single(await Server.AuditAsync($"organization={insurer.Code}"));
        Assert.Equal(("members.load", "Rejected"), (record.Str("action"), record.Str("outcome")));
        Assert.Equal("1 errors, first FIELD_NOT_IN_TABLE", record.Str("detail"));
    }

    [Fact]
    public async Task A_consent_for_an_unknown_patient_is_audited_as_not_found_naming_the_identifiers_tried()
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");

        await clinic.Client.PostAsJsonAsync("/consents", patient.ConsentRequest("card", Medication, ("insuredIdentificationNumber", "9999")));

        var record = Assert.Single(await Server.AuditAsync($"organization={clinic.Code}"));
        Assert.Equal(("consents.create", "NotFound"), (record.Str("action"), record.Str("outcome")));
        Assert.Equal($"{patient.Insurer.Code}:{MemberRecords.Symbol}:9999:00", record.Str("subject"));
    }

    [Fact]
    public async Task A_consent_for_an_ambiguous_patient_is_audited_as_rejected()
    {
        var patient = await Server.NewPatientAsync(branch: "01");
        await patient.Insurer.LoadMembersAsync(MemberRecords.Complete(patient.Insurer.Code, patient.Number, "02"));
        var clinic = await Server.NewOrganizationAsync("clinic");

        await clinic.Client.PostAsJsonAsync("/consents", patient.ConsentRequest("verbal", Medication, ("insuredBranchNumber", null)));

        var record = Assert.Single(await Server.AuditAsync($"organization={clinic.Code}"));
        Assert.Equal(("consents.create", "Rejected"), (record.Str("action"), record.Str("outcome")));
        Assert.Equal($"{patient.Insurer.Code}:{MemberRecords.Symbol}:{patient.Number}:", record.Str("subject"));
    }

    [Fact]
    public async Task Revoking_another_facilitys_consent_is_audited_as_not_found()
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var nursing = await Server.NewOrganizationAsync("visiting-nursing");
        var granted = await clinic.Client.PostAsJsonAsync("/consents", patient.ConsentRequest("card", Medication));
        var id = (await Json.ReadAsync(granted)).GetProperty("id").GetInt64();

        await nursing.Client.PostAsync($"/consents/{id}/revoke", null);

        var record = Assert.Single(await Server.AuditAsync($"organization={nursing.Code}"));
        Assert.Equal(("consents.revoke", "NotFound"), (record.Str("action"), record.Str("outcome")));
        Assert.Equal($"consent {id}", record.Str("detail"));
    }

    [Fact]
    public async Task The_limit_keeps_the_newest_records()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");
        await insurer.LoadMembersAsync(MemberRecords.Complete(insurer.Code, "1001"));
        await insurer.LoadMembersAsync(MemberRecords.Complete(insurer.Code, "1001"));

        var newest = Assert.Single(await Server.AuditAsync($"organization={insurer.Code}&limit=1"));

        Assert.Equal("created 0, updated 1", newest.Str("detail"));
    }

    [Fact]
    public async Task Only_the_admin_may_read_the_audit_trail()
    {
        var municipality = await Server.NewOrganizationAsync("municipality");

        var response = await municipality.Client.GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("AUTH_FORBIDDEN", (await Json.ReadAsync(response)).Str("code"));
    }

    [Fact]
    public async Task An_untouched_trail_verifies_intact()
    {
        var records = await NewestRecordsAsync();

        var result = await VerifyAsync();

        Assert.True(result.IsIntact, result.FirstBreak?.Reason);
        Assert.True(result.Checked >= records[0].Sequence);
    }

    [Theory]
    [InlineData("detail", "nothing happened")]
    [InlineData("outcome", "Denied")]
    [InlineData("at", 0L)]
    public async Task A_changed_record_is_named_by_its_chain_and_sequence(string column, object value)
    {
        var records = await NewestRecordsAsync();

        await using (await AuditTampering.ChangeAsync(Server.Service<Database>(), records[1].Chain, records[1].Sequence, column, value))
        {
            var result = await VerifyAsync();

            Assert.Equal((records[1].Chain, records[1].Sequence), (result.FirstBreak?.Chain, result.FirstBreak?.Sequence));
        }
    }

    [Theory]
    [InlineData(1, "is missing")]
    [InlineData(0, "the chain head records")]
    public async Task A_deleted_record_is_named_in_the_middle_as_missing_and_at_the_end_through_the_chain_head(int newestFirst, string reason)
    {
        var (chain, sequence) = (await NewestRecordsAsync())[newestFirst];

        await using (await AuditTampering.DeleteAsync(Server.Service<Database>(), chain, sequence))
        {
            var result = await VerifyAsync();

            Assert.Equal((chain, sequence), (result.FirstBreak?.Chain, result.FirstBreak?.Sequence));
            Assert.Contains(reason, result.FirstBreak?.Reason, StringComparison.Ordinal);
        }
    }

    /// <summary>Registers three organizations and returns the three audit records that made, newest first.</summary>
    private async Task<List<(string Chain, long Sequence)>> NewestRecordsAsync()
    {
        for (var i = 0; i < 3; i++)
        {
            await Server.NewOrganizationAsync("clinic");
        }

        return [.. (await Server.AuditAsync("limit=3")).Select(r => (r.Str("chain"), r.GetProperty("sequence").GetInt64()))];
    }

    private Task<AuditVerificationResult> VerifyAsync() => new AuditVerification(Server.Service<AuditStore>()).VerifyAsync();
}

public sealed class AuditTrailOnSqlite(SqliteServer server) : AuditTrailTests(server), IClassFixture<SqliteServer>;

public sealed class AuditTrailOnPostgres(PostgresServer server) : AuditTrailTests(server), IClassFixture<PostgresServer>;
