using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Storage.People;

namespace Tsunagu.Server.Tests.Eligibility;

public abstract class MemberLoadTests(TsunaguServerFixture server) : ServerTests(server)
{
    [Fact]
    public async Task Complete_records_are_created_with_every_field_stored()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");

        var response = await insurer.LoadMembersAsync(MemberRecords.Complete(insurer.Code, "1001"), MemberRecords.Complete(insurer.Code, "1002"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertCountsAsync(response, created: 2, updated: 0);
        var coverage = Assert.Single(await StoredAsync(insurer, "1001")).Coverage;
        Assert.Equal("ヤマダ タロウ", coverage.NameKana);
        Assert.Equal("ﾔﾏﾀﾞ ﾀﾛｳ", coverage.NameOfOtherKana);
        Assert.Equal(new DateOnly(1955, 5, 10), coverage.Birthdate);
        Assert.Equal("100-8916", coverage.PostNumber);
        Assert.Equal(new DateOnly(2030, 3, 31), coverage.DisqualificationDate);
        Assert.Equal("020", coverage.ElderlyRecipientCertificateInfo?.ContributionRatio);
        Assert.Equal("B04", coverage.LimitApplicationCertificateRelatedInfo?.ClassificationFlag);
        Assert.Equal(new DateOnly(2025, 9, 1), coverage.LimitApplicationCertificateRelatedInfo?.LongTermDate);
        Assert.Equal(10000, Assert.Single(coverage.SpecificDiseasesCertificateList).SelfPay);
    }

    [Fact]
    public async Task Loading_the_same_records_again_updates_them_and_changed_fields_change()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");
        await insurer.LoadMembersAsync(MemberRecords.Complete(insurer.Code, "1001"), MemberRecords.Complete(insurer.Code, "1002"));
        var person = await Server.PersonIdAsync(insurer.Code, "1001");
        var changed = MemberRecords.Complete(insurer.Code, "1001");
        changed["name"] = "佐藤 太郎";
        changed["nameKana"] = "サトウ タロウ";
        changed["address"] = "大阪府大阪市北区1-1";
        changed["elderlyRecipientCertificateInfo"]!["elderlyRecipientContributionRatio"] = "030";
        changed["specificDiseasesCertificateList"] = new JsonArray();
        changed["limitApplicationCertificateRelatedInfo"] = null;

        var response = await insurer.LoadMembersAsync(changed, MemberRecords.Complete(insurer.Code, "1002"));

        await AssertCountsAsync(response, created: 0, updated: 2);
        var stored = Assert.Single(await StoredAsync(insurer, "1001"));
        Assert.Equal(person, stored.PersonId);
        Assert.Equal("佐藤 太郎", stored.Coverage.Name);
        Assert.Equal("サトウ タロウ", stored.Coverage.NameKana);
        Assert.Equal("大阪府大阪市北区1-1", stored.Coverage.Address);
        Assert.Equal("030", stored.Coverage.ElderlyRecipientCertificateInfo?.ContributionRatio);
        Assert.Empty(stored.Coverage.SpecificDiseasesCertificateList);
        Assert.Null(stored.Coverage.LimitApplicationCertificateRelatedInfo);
        Assert.Equal("山田 太郎", Assert.Single(await StoredAsync(insurer, "1002")).Coverage.Name);
    }

    [Fact]
    public async Task Records_sent_as_ndjson_are_loaded_like_an_array()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");

        var response = await insurer.LoadMembersAsNdjsonAsync(MemberRecords.Complete(insurer.Code, "1001"), MemberRecords.Complete(insurer.Code, "1002"));

        await AssertCountsAsync(response, created: 2, updated: 0);
        Assert.Single(await StoredAsync(insurer, "1002"));
    }

    [Fact]
    public async Task A_batch_with_one_bad_record_is_refused_whole_listing_its_errors_and_storing_nothing()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");
        var bad = MemberRecords.Complete(insurer.Code, "1002");
        bad["nameKana"] = "やまだ たろう";
        bad["birthdate"] = "1955-02-30";

        var response = await insurer.LoadMembersAsync(MemberRecords.Complete(insurer.Code, "1001"), bad, MemberRecords.Complete(insurer.Code, "1003"));

        var errors = await Problem.ErrorsAsync(response);
        Assert.Equal([(1, "nameKana", "MEMBER_KANA_INVALID"), (1, "birthdate", "FIELD_DATE_INVALID")], errors);
        Assert.Empty(await StoredAsync(insurer, "1001"));
        Assert.Empty(await StoredAsync(insurer, "1003"));
    }

    [Fact]
    public async Task Every_error_of_several_bad_records_is_listed_with_its_record_and_field()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");
        var badSex = MemberRecords.Complete(insurer.Code, "1001");
        badSex["sex"] = "9";
        var badRatio = MemberRecords.Complete(insurer.Code, "1003");
        badRatio["insuredPartialContributionRatio"] = "35";
        var badNested = MemberRecords.Complete(insurer.Code, "1004");
        badNested["elderlyRecipientCertificateInfo"]!["elderlyRecipientValidStartDate"] = null;
        badNested["specificDiseasesCertificateList"]![0]!["specificDiseasesDiseaseCategory"] = "7";
        badNested["limitApplicationCertificateRelatedInfo"]!["limitApplicationCertificateValidEndDate"] = "2025-01-01";

        var response = await insurer.LoadMembersAsync(badSex, MemberRecords.Complete(insurer.Code, "1002"), badRatio, badNested);

        Assert.Equal(
            [
                (0, "sex", "FIELD_NOT_IN_TABLE"),
                (2, "insuredPartialContributionRatio", "MEMBER_RATIO_INVALID"),
                (3, "elderlyRecipientCertificateInfo.elderlyRecipientValidStartDate", "FIELD_REQUIRED"),
                (3, "limitApplicationCertificateRelatedInfo.limitApplicationCertificateValidEndDate", "FIELD_DATES_OUT_OF_ORDER"),
                (3, "specificDiseasesCertificateList[0].specificDiseasesDiseaseCategory", "FIELD_NOT_IN_TABLE"),
            ],
            await Problem.ErrorsAsync(response));
        Assert.Empty(await StoredAsync(insurer, "1002"));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/x-ndjson")]
    public async Task Malformed_json_answers_400_body_malformed_naming_the_record_where_it_broke(string mediaType)
    {
        var insurer = await Server.NewOrganizationAsync("insurer");
        var good = MemberRecords.Complete(insurer.Code, "1001").ToJsonString();
        var body = mediaType == "application/json" ? $"[{good},{{\"name\": }}]" : $"{good}\n{{\"name\": \n";

        var response = await insurer.Client.PostAsync("/eligibility/members", new StringContent(body, Encoding.UTF8, mediaType));

        var error = Assert.Single(await Problem.ErrorsAsync(response));
        Assert.Equal((1, "BODY_MALFORMED"), (error.Index, error.Code));
        Assert.Empty(await StoredAsync(insurer, "1001"));
    }

    [Fact]
    public async Task An_unknown_field_answers_400_body_malformed_naming_the_record_and_the_field()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");
        var misspelt = MemberRecords.Complete(insurer.Code, "1002");
        misspelt["nameKanaa"] = "ヤマダ タロウ";

        var response = await insurer.LoadMembersAsync(MemberRecords.Complete(insurer.Code, "1001"), misspelt);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await Json.ReadAsync(response)).GetProperty("errors").EnumerateArray());
        Assert.Equal(1, error.GetProperty("index").GetInt32());
        Assert.Equal("BODY_MALFORMED", error.Str("code"));
        Assert.Contains("nameKanaa", error.Str("field") + error.Str("detail"));
    }

    [Fact]
    public async Task A_record_naming_another_insurer_is_refused()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");
        var other = await Server.NewOrganizationAsync("insurer");

        var response = await insurer.LoadMembersAsync(MemberRecords.Complete(insurer.Code, "1001"), MemberRecords.Complete(other.Code, "1002"));

        Assert.Equal([(1, "insurerNumber", "MEMBER_INSURER_MISMATCH")], await Problem.ErrorsAsync(response));
        Assert.Empty(await StoredAsync(insurer, "1001"));
    }

    [Fact]
    public async Task A_national_health_insurer_may_give_its_number_zero_padded_to_eight_digits()
    {
        var insurer = await Server.NewOrganizationAsync("insurer", Tsunagu.Testing.ValidCodes.NationalHealthInsurer());

        var response = await insurer.LoadMembersAsync(MemberRecords.Complete("00" + insurer.Code, "1001"), MemberRecords.Complete("  " + insurer.Code, "1002"));

        await AssertCountsAsync(response, created: 2, updated: 0);
        Assert.Single(await StoredAsync(insurer, "1001"));
    }

    [Fact]
    public async Task Two_records_for_the_same_card_in_one_batch_are_refused_as_duplicates()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");

        var response = await insurer.LoadMembersAsync(
            MemberRecords.Complete(insurer.Code, "1001"), MemberRecords.Complete(insurer.Code, "1002"), MemberRecords.Complete(insurer.Code, "1001"));

        Assert.Equal([(2, "insuredIdentificationNumber", "MEMBER_DUPLICATE_IN_BATCH")], await Problem.ErrorsAsync(response));
        Assert.Empty(await StoredAsync(insurer, "1002"));
    }

    [Fact]
    public async Task An_empty_batch_is_refused()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");

        var response = await insurer.LoadMembersAsync();

        Assert.Equal("MEMBER_BATCH_EMPTY", Assert.Single(await Problem.ErrorsAsync(response)).Code);
    }

    [Fact]
    public async Task A_previous_coverage_at_another_insurer_links_the_new_coverage_to_the_same_person()
    {
        var former = await Server.NewOrganizationAsync("insurer");
        var current = await Server.NewOrganizationAsync("insurer");
        await former.LoadMembersAsync(MemberRecords.Complete(former.Code, "1001"));
        var person = await Server.PersonIdAsync(former.Code, "1001");
        var moved = MemberRecords.Complete(current.Code, "7001");
        moved["previousCoverage"] = MemberRecords.Card(former.Code, "1001");

        var response = await current.LoadMembersAsync(moved, MemberRecords.Complete(current.Code, "7002"));

        await AssertCountsAsync(response, created: 2, updated: 0);
        var coverages = await Server.Service<CoverageStore>().FindByPersonAsync(person);
        Assert.Equal([(former.Code, "1001"), (current.Code, "7001")], coverages.Select(c => (c.Coverage.Key.InsurerNumber, c.Coverage.Key.Number)));
        Assert.NotEqual(person, await Server.PersonIdAsync(current.Code, "7002"));
    }

    [Fact]
    public async Task A_previous_coverage_that_does_not_exist_is_refused_and_nothing_is_stored()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");
        var other = await Server.NewOrganizationAsync("insurer");
        var linked = MemberRecords.Complete(insurer.Code, "1002");
        linked["previousCoverage"] = MemberRecords.Card(other.Code, "9999");

        var response = await insurer.LoadMembersAsync(MemberRecords.Complete(insurer.Code, "1001"), linked);

        Assert.Equal([(1, "previousCoverage", "MEMBER_PREVIOUS_NOT_FOUND")], await Problem.ErrorsAsync(response));
        Assert.Empty(await StoredAsync(insurer, "1001"));
        Assert.Empty(await StoredAsync(insurer, "1002"));
    }

    [Fact]
    public async Task A_body_that_is_not_json_answers_415()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");

        var response = await insurer.Client.PostAsync("/eligibility/members", new StringContent("insurerNumber,name\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("BODY_MEDIA_TYPE", (await Json.ReadAsync(response)).Str("code"));
    }

    [Fact]
    public async Task A_clinic_cannot_load_members()
    {
        var clinic = await Server.NewOrganizationAsync("clinic");

        var response = await clinic.Client.PostAsJsonAsync("/eligibility/members", new[] { MemberRecords.Complete(clinic.Code, "1001") });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("AUTH_FORBIDDEN", (await Json.ReadAsync(response)).Str("code"));
    }

    private static async Task AssertCountsAsync(HttpResponseMessage response, int created, int updated)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var counts = await Json.ReadAsync(response);
        Assert.Equal((created, updated), (counts.GetProperty("created").GetInt32(), counts.GetProperty("updated").GetInt32()));
    }

    private Task<IReadOnlyList<StoredCoverage>> StoredAsync(TestOrganization insurer, string number) =>
        Server.Service<CoverageStore>().FindByCardAsync(insurer.Code, MemberRecords.Symbol, number, "00");
}

public sealed class MemberLoadOnSqlite(SqliteServer server) : MemberLoadTests(server), IClassFixture<SqliteServer>;

public sealed class MemberLoadOnPostgres(PostgresServer server) : MemberLoadTests(server), IClassFixture<PostgresServer>;
