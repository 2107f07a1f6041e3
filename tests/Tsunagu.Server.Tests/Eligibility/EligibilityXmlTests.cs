using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Tsunagu.Server.Tests.Infrastructure;
using XmlMsgAnswer = Tsunagu.Testing.XmlMsgAnswer;
using XmlMsgRequest = Tsunagu.Testing.XmlMsgRequest;

namespace Tsunagu.Server.Tests.Eligibility;

public abstract class EligibilityXmlTests(TsunaguServerFixture server) : ServerTests(server)
{
    private const string Header = "XmlMsg/MessageHeader";
    private const string Body = "XmlMsg/MessageBody";
    private const string Coverage = Body + "/ResultList/ResultOfQualificationConfirmation";

    [Fact]
    public async Task A_clinic_gets_validity_1_with_the_members_data_and_the_check_is_audited()
    {
        var (insurer, clinic) = await MemberAndFacilityAsync("clinic");

        var response = await PostAsync(clinic, Query(insurer, clinic));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml; charset=UTF-8", response.Content.Headers.ContentType!.ToString());
        var answer = await AnswerAsync(response);
        Assert.Equal(("1", "1", "1"), (answer.Text($"{Header}/SegmentOfResult"), answer.Text($"{Body}/ProcessingResultStatus"), answer.Text($"{Body}/QualificationValidity")));
        Assert.Equal((clinic.Code, "20250601"), (answer.Text($"{Header}/MedicalInstitutionCode"), answer.Text($"{Header}/QualificationConfirmationDate")));
        Assert.Equal((insurer.Code, "1001", "00"), (answer.Text($"{Coverage}/InsurerNumber"), answer.Text($"{Coverage}/InsuredIdentificationNumber"), answer.Text($"{Coverage}/InsuredBranchNumber")));
        Assert.Equal(("山田 太郎", "ヤマダ タロウ", "19550510"), (answer.Text($"{Coverage}/Name"), answer.Text($"{Coverage}/NameKana"), answer.Text($"{Coverage}/Birthdate")));
        Assert.Equal("B04", answer.Text($"{Coverage}/LimitApplicationCertificateRelatedInfo/LimitApplicationCertificateClassificationFlag"));
        var audited = Assert.Single(await CheckAuditAsync(clinic));
        Assert.Equal(("Success", "validity 1"), (audited.Str("outcome"), audited.Str("detail")));
    }

    [Fact]
    public async Task An_unknown_card_gives_validity_4()
    {
        var (insurer, clinic) = await MemberAndFacilityAsync("clinic");

        var answer = await AnswerAsync(await PostAsync(clinic, Query(insurer, clinic) with { InsuredIdentificationNumber = "9999" }));

        Assert.Equal("4", answer.Text($"{Body}/QualificationValidity"));
        Assert.Equal(0, answer.Count(Coverage));
    }

    [Fact]
    public async Task Twins_on_one_card_asked_for_without_a_branch_number_give_validity_5()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");
        (await insurer.LoadMembersAsync(MemberRecords.Complete(insurer.Code, "2001", "01", "2010-06-01"), MemberRecords.Complete(insurer.Code, "2001", "02", "2010-06-01"))).EnsureSuccessStatusCode();
        var clinic = await Server.NewOrganizationAsync("clinic");

        var answer = await AnswerAsync(await PostAsync(clinic, Query(insurer, clinic) with { InsuredIdentificationNumber = "2001", InsuredBranchNumber = null, Birthdate = "20100601" }));

        Assert.Equal("5", answer.Text($"{Body}/QualificationValidity"));
    }

    [Fact]
    public async Task A_Shift_JIS_request_is_answered_in_Shift_JIS()
    {
        var (insurer, clinic) = await MemberAndFacilityAsync("clinic");

        var response = await PostAsync(clinic, Query(insurer, clinic).InShiftJis(), "application/xml; charset=Shift_JIS");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml; charset=Shift_JIS", response.Content.Headers.ContentType!.ToString());
        var answer = await AnswerAsync(response);
        Assert.Equal(("Shift_JIS", "1"), (answer.DeclaredEncoding, answer.Text($"{Header}/CharacterCodeIdentifier")));
        Assert.Contains("<Name>山田 太郎</Name>", XmlMsgRequest.ShiftJis.GetString(answer.Bytes), StringComparison.Ordinal);
        Assert.Equal("東京都千代田区霞が関1-2-2", answer.Text($"{Coverage}/Address"));
    }

    [Fact]
    public async Task Another_facilitys_code_in_the_header_is_refused_with_segment_9_and_not_checked()
    {
        var (insurer, clinic) = await MemberAndFacilityAsync("clinic");
        var other = await Server.NewOrganizationAsync("clinic");

        var response = await PostAsync(clinic, Query(insurer, other));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var answer = await AnswerAsync(response);
        Assert.Equal(("9", "ELIGIBILITY_XML_OTHER_FACILITY"), (answer.Text($"{Header}/SegmentOfResult"), answer.Text($"{Header}/ErrorCode")));
        Assert.Equal(0, answer.Count($"{Body}/QualificationValidity"));
        Assert.Empty(await CheckAuditAsync(clinic));
    }

    [Fact]
    public async Task A_DTD_is_refused_with_400_and_an_XML_error_and_nothing_is_audited()
    {
        var (insurer, clinic) = await MemberAndFacilityAsync("clinic");
        var text = Query(insurer, clinic).Text.Replace("?><XmlMsg>", "?><!DOCTYPE XmlMsg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><XmlMsg>", StringComparison.Ordinal);

        var response = await PostAsync(clinic, Encoding.UTF8.GetBytes(text), "application/xml");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/xml; charset=UTF-8", response.Content.Headers.ContentType!.ToString());
        var answer = await AnswerAsync(response);
        Assert.Equal(("9", "XML_DTD_FORBIDDEN"), (answer.Text($"{Header}/SegmentOfResult"), answer.Text($"{Header}/ErrorCode")));
        Assert.Empty(await CheckAuditAsync(clinic));
    }

    [Fact]
    public async Task A_bad_birthdate_is_answered_400_with_processing_status_2_naming_the_element()
    {
        var (insurer, clinic) = await MemberAndFacilityAsync("clinic");

        var response = await PostAsync(clinic, Query(insurer, clinic) with { Birthdate = "19550230" }, "text/xml");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = await AnswerAsync(response);
        Assert.Equal(("1", "2", "ELIGIBILITY_XML_DATE_INVALID"), (answer.Text($"{Header}/SegmentOfResult"), answer.Text($"{Body}/ProcessingResultStatus"), answer.Text($"{Body}/ProcessingResultCode")));
        Assert.Contains("XmlMsg/MessageBody/QualificationConfirmSearchInfo/Birthdate", answer.Text($"{Body}/ProcessingResultMessage"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pharmacy_may_check()
    {
        var (insurer, pharmacy) = await MemberAndFacilityAsync("pharmacy");

        var answer = await AnswerAsync(await PostAsync(pharmacy, Query(insurer, pharmacy)));

        Assert.Equal("1", answer.Text($"{Body}/QualificationValidity"));
    }

    [Fact]
    public async Task An_insurer_may_not_check()
    {
        var insurer = await Server.NewOrganizationAsync("insurer");

        var response = await PostAsync(insurer, new XmlMsgRequest { MedicalInstitutionCode = insurer.Code });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("AUTH_FORBIDDEN", (await Json.ReadAsync(response)).Str("code"));
    }

    [Fact]
    public async Task A_JSON_body_is_refused_as_an_unsupported_media_type()
    {
        var clinic = await Server.NewOrganizationAsync("clinic");

        var response = await PostAsync(clinic, new XmlMsgRequest { MedicalInstitutionCode = clinic.Code }, "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("BODY_MEDIA_TYPE", (await Json.ReadAsync(response)).Str("code"));
    }

    private static XmlMsgRequest Query(TestOrganization insurer, TestOrganization facility) => new()
    {
        MedicalInstitutionCode = facility.Code,
        QualificationConfirmationDate = "20250601",
        InsurerNumber = insurer.Code,
        InsuredIdentificationNumber = "1001",
        InsuredBranchNumber = "00",
        Birthdate = "19550510",
    };

    private static Task<HttpResponseMessage> PostAsync(TestOrganization facility, XmlMsgRequest message, string mediaType = "application/xml") =>
        PostAsync(facility, message.Bytes(), mediaType);

    private static Task<HttpResponseMessage> PostAsync(TestOrganization facility, byte[] body, string mediaType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return facility.Client.PostAsync("/eligibility/xml", content);
    }

    private static async Task<XmlMsgAnswer> AnswerAsync(HttpResponseMessage response) => new(await response.Content.ReadAsByteArrayAsync());

    /// <summary>An insurer with member 1001-00 loaded, and a new facility of <paramref name="kind"/>.</summary>
    private async Task<(TestOrganization Insurer, TestOrganization Facility)> MemberAndFacilityAsync(string kind)
    {
        var insurer = await Server.NewOrganizationAsync("insurer");
        (await insurer.LoadMembersAsync(MemberRecords.Complete(insurer.Code, "1001"))).EnsureSuccessStatusCode();
        return (insurer, await Server.NewOrganizationAsync(kind));
    }

    private async Task<List<JsonElement>> CheckAuditAsync(TestOrganization facility)
    {
        using var admin = await Server.AsAdminAsync();
        var records = await Json.ReadAsync(await admin.GetAsync($"/admin/audit?organization={facility.Code}&action=eligibility.check"));
        return [.. records.EnumerateArray()];
    }
}

public sealed class EligibilityXmlOnSqlite(SqliteServer server) : EligibilityXmlTests(server), IClassFixture<SqliteServer>;

public sealed class EligibilityXmlOnPostgres(PostgresServer server) : EligibilityXmlTests(server), IClassFixture<PostgresServer>;
