using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tsunagu.Server.Tests.Infrastructure;
using Codes = Tsunagu.Testing.ValidCodes;

namespace Tsunagu.Server.Tests.PublicExpense;

public abstract class PublicExpenseRecipientTests(TsunaguServerFixture server) : ServerTests(server)
{
    private static int recipients;

    [Fact]
    public async Task Loading_recipients_answers_created_and_loading_them_again_updates_them()
    {
        var patient = await Server.NewPatientAsync();
        var municipality = await Server.NewOrganizationAsync("municipality");
        var clinic = await Server.NewOrganizationAsync("clinic");
        var (payer, number) = (Codes.PublicPayer("54"), NewRecipientNumber());
        var other = Recipient(patient, Codes.PublicPayer("52"), NewRecipientNumber(), "小児慢性特定疾病", "2025-04-01", null);

        var created = await LoadAsync(municipality, Recipient(patient, payer, number, "難病医療", "2025-04-01", "2026-03-31"), other);
        var updated = await LoadAsync(municipality, Recipient(patient, payer, number, "難病医療（更新）", "2025-04-01", "2027-03-31"), other);

        Assert.Equal((2, 0), await CountsAsync(created));
        Assert.Equal((0, 2), await CountsAsync(updated));
        Assert.Contains((payer, number, "難病医療（更新）", "2025-04-01", "2027-03-31"), await EntitlementsAsync(clinic, patient, "2026-06-01"));
    }

    [Fact]
    public async Task A_municipality_cannot_change_a_recipient_another_municipality_registered()
    {
        var patient = await Server.NewPatientAsync();
        var owner = await Server.NewOrganizationAsync("municipality");
        var other = await Server.NewOrganizationAsync("municipality");
        var clinic = await Server.NewOrganizationAsync("clinic");
        var (payer, number) = (Codes.PublicPayer("54"), NewRecipientNumber());
        await CountsAsync(await LoadAsync(owner, Recipient(patient, payer, number, "難病医療", "2025-04-01", null)));

        var response = await LoadAsync(other, Recipient(patient, payer, number, "書き換え", "2025-04-01", null));

        Assert.Equal([(0, "recipientNumber", "PUBLIC_EXPENSE_OTHER_MUNICIPALITY")], await Problem.ErrorsAsync(response));
        Assert.Contains((payer, number, "難病医療", "2025-04-01", (string?)null), await EntitlementsAsync(clinic, patient, "2026-06-01"));
    }

    [Theory]
    [InlineData("2025-03-31", "B")]
    [InlineData("2025-06-01", "A")]
    [InlineData("2026-04-01", "")]
    [InlineData("2026-12-01", "C")]
    public async Task A_check_lists_the_entitlements_in_force_on_its_date_and_not_ended_or_future_ones(string date, string inForce)
    {
        var patient = await Server.NewPatientAsync();
        var municipality = await Server.NewOrganizationAsync("municipality");
        var clinic = await Server.NewOrganizationAsync("clinic");
        var records = new Dictionary<string, JsonObject>
        {
            ["A"] = Recipient(patient, Codes.PublicPayer("54"), NewRecipientNumber(), "難病医療", "2025-04-01", "2026-03-31"),
            ["B"] = Recipient(patient, Codes.PublicPayer("21"), NewRecipientNumber(), "精神通院医療", "2024-04-01", "2025-03-31"),
            ["C"] = Recipient(patient, Codes.PublicPayer("15"), NewRecipientNumber(), "更生医療", "2026-10-01", null),
        };
        Assert.Equal((3, 0), await CountsAsync(await LoadAsync(municipality, [.. records.Values])));

        var listed = await EntitlementsAsync(clinic, patient, date);

        Assert.Equal(inForce.Select(key => Entitlement(records[key.ToString()])), listed);
    }

    [Fact]
    public async Task A_check_on_a_family_card_lists_the_patients_own_entitlements_not_a_family_members()
    {
        var insured = await Server.NewPatientAsync(number: "2002", branch: "00", birthdate: "1970-01-15");
        var spouse = await Server.NewPatientAsync(number: "2002", branch: "01", birthdate: "1972-03-03", change: r => r["personalFamilyClassification"] = "2", insurer: insured.Insurer);
        var municipality = await Server.NewOrganizationAsync("municipality");
        var clinic = await Server.NewOrganizationAsync("clinic");
        var insureds = Recipient(insured, Codes.PublicPayer("54"), NewRecipientNumber(), "難病医療", "2025-04-01", null);
        var spouses = Recipient(spouse, Codes.PublicPayer("21"), NewRecipientNumber(), "精神通院医療", "2025-04-01", null);
        Assert.Equal((2, 0), await CountsAsync(await LoadAsync(municipality, insureds, spouses)));

        var withoutBranch = await EntitlementsAsync(clinic, spouse.CheckRequest("2026-06-01", ("insuredBranchNumber", null)));

        Assert.Equal([Entitlement(spouses)], withoutBranch);
        Assert.Equal([Entitlement(insureds)], await EntitlementsAsync(clinic, insured, "2026-06-01"));
    }

    [Fact]
    public async Task A_batch_with_bad_records_answers_400_listing_every_error_by_record_and_stores_nothing()
    {
        var patient = await Server.NewPatientAsync();
        var municipality = await Server.NewOrganizationAsync("municipality");
        var clinic = await Server.NewOrganizationAsync("clinic");

        var response = await LoadAsync(
            municipality,
            Recipient(patient, Codes.PublicPayer(), NewRecipientNumber(), "難病医療", "2025-04-01", null),
            Recipient(patient, Codes.WithWrongCheckDigit(Codes.PublicPayer()), NewRecipientNumber(), "難病医療", "2025-04-01", null),
            Recipient(patient, Codes.PublicPayer(), "12345", "難病医療", "2025-04-01", null),
            Recipient(patient, Codes.PublicPayer(), NewRecipientNumber(), "難病医療", "2025-04-01", null, ("insuredIdentificationNumber", "9999")));

        Assert.Equal(
            [
                (1, "publicPayerNumber", "CODE_CHECK_DIGIT"),
                (2, "recipientNumber", "PUBLIC_EXPENSE_RECIPIENT_NUMBER"),
                (3, "insuredIdentificationNumber", "PUBLIC_EXPENSE_PERSON_NOT_FOUND"),
            ],
            await Problem.ErrorsAsync(response));
        Assert.Empty(await EntitlementsAsync(clinic, patient, "2026-06-01"));
        Assert.Equal(0, await Server.CountAsync("public_expense_recipients", "municipality_code", municipality.Code));
    }

    [Theory]
    [InlineData("publicPayerNumber", "CODE_CHECK_DIGIT")]
    [InlineData("recipientNumber", "PUBLIC_EXPENSE_RECIPIENT_NUMBER")]
    [InlineData("insuredIdentificationNumber", "PUBLIC_EXPENSE_PERSON_NOT_FOUND")]
    [InlineData("insuredBranchNumber", "PUBLIC_EXPENSE_PERSON_AMBIGUOUS")]
    public async Task A_batch_whose_one_bad_record_names_no_single_person_or_a_bad_number_answers_400_naming_it(string field, string code)
    {
        var patient = await Server.NewPatientAsync(branch: "01");
        await Server.NewPatientAsync(branch: "02", insurer: patient.Insurer);
        var municipality = await Server.NewOrganizationAsync("municipality");
        var bad = Recipient(patient, Codes.PublicPayer(), NewRecipientNumber(), "難病医療", "2025-04-01", null);
        bad[field] = field switch
        {
            "publicPayerNumber" => Codes.WithWrongCheckDigit((string)bad[field]!),
            "recipientNumber" => "12345",
            "insuredIdentificationNumber" => "9999",
            _ => null,
        };

        var response = await LoadAsync(municipality, Recipient(patient, Codes.PublicPayer(), NewRecipientNumber(), "難病医療", "2025-04-01", null), bad);

        Assert.Equal([(1, field, code)], await Problem.ErrorsAsync(response));
        Assert.Equal(0, await Server.CountAsync("public_expense_recipients", "municipality_code", municipality.Code));
    }

    [Theory]
    [InlineData("clinic")]
    [InlineData("insurer")]
    public async Task Only_municipalities_may_load_recipients(string kind)
    {
        var patient = await Server.NewPatientAsync();
        var other = await Server.NewOrganizationAsync(kind);

        var response = await LoadAsync(other, Recipient(patient, Codes.PublicPayer(), NewRecipientNumber(), "難病医療", "2025-04-01", null));

        Assert.Equal("AUTH_FORBIDDEN", await Problem.CodeAsync(response, HttpStatusCode.Forbidden));
        Assert.Equal(0, await Server.CountAsync("public_expense_recipients", "municipality_code", other.Code));
    }

    private static string NewRecipientNumber() => (1_000_000 + Interlocked.Increment(ref recipients)).ToString(CultureInfo.InvariantCulture);

    /// <summary>One record of the load: the entitlement and the patient it belongs to; <paramref name="changes"/> alter the patient's identifiers.</summary>
    private static JsonObject Recipient(TestPatient patient, string payer, string number, string program, string from, string? to, params (string Field, string? Value)[] changes)
    {
        var record = patient.Identifiers(changes);
        record["publicPayerNumber"] = payer;
        record["recipientNumber"] = number;
        record["program"] = program;
        record["validFrom"] = from;
        record["validTo"] = to;
        return record;
    }

    private static (string, string, string, string, string?) Entitlement(JsonObject record) =>
        ((string)record["publicPayerNumber"]!, (string)record["recipientNumber"]!, (string)record["program"]!, (string)record["validFrom"]!, (string?)record["validTo"]);

    private static Task<HttpResponseMessage> LoadAsync(TestOrganization municipality, params JsonObject[] records) =>
        municipality.Client.PostAsJsonAsync("/eligibility/public-expense-recipients", new JsonArray([.. records.Select(r => r.DeepClone())]));

    private static async Task<(int Created, int Updated)> CountsAsync(HttpResponseMessage response)
    {
        var counts = await Checks.AnswerAsync(response);
        return (counts.GetProperty("created").GetInt32(), counts.GetProperty("updated").GetInt32());
    }

    /// <summary>The entitlements a check by card number on <paramref name="date"/> lists, in order.</summary>
    private static Task<List<(string, string, string, string, string?)>> EntitlementsAsync(TestOrganization facility, TestPatient patient, string date) =>
        EntitlementsAsync(facility, patient.CheckRequest(date));

    /// <summary>The entitlements the check <paramref name="request"/> lists, in order.</summary>
    private static async Task<List<(string, string, string, string, string?)>> EntitlementsAsync(TestOrganization facility, JsonObject request)
    {
        var answer = await facility.CheckedAsync(request);
        Assert.Equal("1", answer.Str("qualificationValidity"));
        return
        [
            .. answer.GetProperty("publicExpenseResultList").EnumerateArray().Select(e => (
                e.Str("publicPayerNumber"), e.Str("recipientNumber"), e.Str("program"), e.Str("validFrom"),
                e.TryGetProperty("validTo", out var to) && to.ValueKind == JsonValueKind.String ? to.GetString() : null)),
        ];
    }
}

public sealed class PublicExpenseRecipientOnSqlite(SqliteServer server) : PublicExpenseRecipientTests(server), IClassFixture<SqliteServer>;

public sealed class PublicExpenseRecipientOnPostgres(PostgresServer server) : PublicExpenseRecipientTests(server), IClassFixture<PostgresServer>;
