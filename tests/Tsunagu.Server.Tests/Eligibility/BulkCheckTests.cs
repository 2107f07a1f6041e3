using System.Net;
using System.Text.Json.Nodes;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Eligibility;

public abstract class BulkCheckTests(TsunaguServerFixture server) : ServerTests(server)
{
    [Fact]
    public async Task A_bulk_check_is_accepted_202_and_once_done_answers_each_query_in_order_as_a_single_check_would()
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var withConsent = patient.CheckRequest(MemberRecords.InForce, ("arbitraryIdentifier", "予約-2"));
        withConsent["limitApplicationCertificateRelatedConsFlg"] = 1;
        withConsent["specificDiseasesCertificateRelatedConsFlg"] = true;
        JsonObject[] queries =
        [
            patient.CheckRequest(MemberRecords.InForce),
            patient.CheckRequest(MemberRecords.InForce, ("insuredIdentificationNumber", "9999")),
            withConsent,
            patient.CheckRequest("2031-01-01"),
        ];

        var response = await clinic.SubmitBulkAsync(queries);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await Json.ReadAsync(response);
        var id = accepted.Str("id");
        Assert.Equal(("pending", 4), (accepted.Str("status"), accepted.GetProperty("queryCount").GetInt32()));
        Assert.Equal($"/eligibility/bulk-checks/{id}", response.Headers.Location?.OriginalString);
        var done = await clinic.DoneAsync(id);
        Assert.Equal(["1", "4", "1", "2"], done.Validities());
        Assert.True(done.GetProperty("completedAt").GetDateTimeOffset() >= done.GetProperty("createdAt").GetDateTimeOffset());
        var results = done.GetProperty("results").EnumerateArray().ToList();
        for (var i = 0; i < queries.Length; i++)
        {
            Json.AssertEquivalent(JsonNode.Parse((await clinic.CheckedAsync(queries[i])).GetRawText())!, results[i]);
        }
    }

    [Fact]
    public async Task More_than_10000_queries_answer_400_too_many_and_nothing_is_stored()
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var query = patient.CheckRequest(MemberRecords.InForce);

        var response = await clinic.SubmitBulkAsync(Enumerable.Repeat(query, 10_001));

        Assert.Equal([(null, "$", "ELIGIBILITY_BULK_TOO_MANY")], await Problem.ErrorsAsync(response));
        Assert.Equal(0, await Server.CountAsync("bulk_checks", "facility_code", clinic.Code));
    }

    [Fact]
    public async Task One_malformed_query_refuses_the_whole_batch_naming_its_index_and_nothing_is_stored()
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");

        var response = await clinic.SubmitBulkAsync(
            [patient.CheckRequest(MemberRecords.InForce), patient.CheckRequest(MemberRecords.InForce, ("birthdate", "1955-02-30")), patient.CheckRequest(MemberRecords.InForce)]);

        Assert.Equal([(1, "birthdate", "FIELD_DATE_INVALID")], await Problem.ErrorsAsync(response));
        Assert.Equal(0, await Server.CountAsync("bulk_checks", "facility_code", clinic.Code));
    }

    [Fact]
    public async Task An_empty_batch_answers_400_empty()
    {
        var clinic = await Server.NewOrganizationAsync("clinic");

        var response = await clinic.SubmitBulkAsync([]);

        Assert.Equal([(null, "$", "ELIGIBILITY_BULK_EMPTY")], await Problem.ErrorsAsync(response));
    }

    [Fact]
    public async Task Another_facilitys_job_answers_404_as_an_id_that_never_existed_does()
    {
        var patient = await Server.NewPatientAsync();
        var clinic = await Server.NewOrganizationAsync("clinic");
        var pharmacy = await Server.NewOrganizationAsync("pharmacy");
        var id = (await Json.ReadAsync(await clinic.SubmitBulkAsync([patient.CheckRequest(MemberRecords.InForce)]))).Str("id");

        var others = await pharmacy.BulkStatusAsync(id);
        var unknown = await pharmacy.BulkStatusAsync(Guid.NewGuid().ToString("N"));

        Assert.Equal("ELIGIBILITY_BULK_NOT_FOUND", await Problem.CodeAsync(others, HttpStatusCode.NotFound));
        Assert.Equal("ELIGIBILITY_BULK_NOT_FOUND", await Problem.CodeAsync(unknown, HttpStatusCode.NotFound));
        Assert.Equal(["1"], (await clinic.DoneAsync(id)).Validities());
    }

    [Fact]
    public async Task Only_facilities_may_submit_bulk_checks()
    {
        var patient = await Server.NewPatientAsync();

        var response = await patient.Insurer.SubmitBulkAsync([patient.CheckRequest(MemberRecords.InForce)]);

        Assert.Equal("AUTH_FORBIDDEN", await Problem.CodeAsync(response, HttpStatusCode.Forbidden));
        Assert.Equal(0, await Server.CountAsync("bulk_checks", "facility_code", patient.Insurer.Code));
    }
}

public sealed class BulkCheckOnSqlite(SqliteServer server) : BulkCheckTests(server), IClassFixture<SqliteServer>;

public sealed class BulkCheckOnPostgres(PostgresServer server) : BulkCheckTests(server), IClassFixture<PostgresServer>;
