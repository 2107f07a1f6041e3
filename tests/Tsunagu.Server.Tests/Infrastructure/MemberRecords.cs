using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>
/// Member records as an insurer sends them to POST /eligibility/members, written out as JSON with the field names of
/// the national layout (not through the server's own types), so that a renamed field shows as a failure.
/// </summary>
public static class MemberRecords
{
    public const string Symbol = "12-34";

    /// <summary>A day the <see cref="Complete"/> record (2015-04-01 until its 資格喪失日 2030-03-31) is in force.</summary>
    public const string InForce = "2026-04-01";

    /// <summary>A 70-year-old's coverage with every field filled, including 高齢受給者, 限度額 and 特定疾病 entries.</summary>
    public static JsonObject Complete(string insurerNumber, string number, string branch = "00", string birthdate = "1955-05-10") => new()
    {
        ["insurerNumber"] = insurerNumber,
        ["insuredCardClassification"] = "01",
        ["insuredCardSymbol"] = Symbol,
        ["insuredIdentificationNumber"] = number,
        ["insuredBranchNumber"] = branch,
        ["personalFamilyClassification"] = "1",
        ["insuredName"] = "山田 太郎",
        ["name"] = "山田 太郎",
        ["nameOfOther"] = "山田 太朗",
        ["nameKana"] = "ヤマダ タロウ",
        ["nameOfOtherKana"] = "ﾔﾏﾀﾞ ﾀﾛｳ",
        ["sex"] = "1",
        ["birthdate"] = birthdate,
        ["address"] = "東京都千代田区霞が関1-2-2",
        ["postNumber"] = "100-8916",
        ["qualificationDate"] = "2015-04-01",
        ["disqualificationDate"] = "2030-03-31",
        ["reasonOfLoss"] = "99",
        ["insuredCertificateIssuanceDate"] = "2025-08-01",
        ["insuredCardValidDate"] = "2025-08-01",
        ["insuredCardExpirationDate"] = "2026-07-31",
        ["insuredPartialContributionRatio"] = "030",
        ["preschoolClassification"] = "2",
        ["elderlyRecipientCertificateInfo"] = new JsonObject
        {
            ["elderlyRecipientCertificateDate"] = "2025-07-20",
            ["elderlyRecipientValidStartDate"] = "2025-08-01",
            ["elderlyRecipientValidEndDate"] = "2026-07-31",
            ["elderlyRecipientContributionRatio"] = "020",
        },
        ["limitApplicationCertificateRelatedInfo"] = new JsonObject
        {
            ["limitApplicationCertificateClassification"] = "01",
            ["limitApplicationCertificateClassificationFlag"] = "B04",
            ["limitApplicationCertificateDate"] = "2025-07-20",
            ["limitApplicationCertificateValidStartDate"] = "2025-08-01",
            ["limitApplicationCertificateValidEndDate"] = "2026-07-31",
            ["limitApplicationCertificateLongTermDate"] = "2025-09-01",
        },
        ["specificDiseasesCertificateList"] = new JsonArray(new JsonObject
        {
            ["specificDiseasesDiseaseCategory"] = "1",
            ["specificDiseasesCertificateDate"] = "2019-03-15",
            ["specificDiseasesValidStartDate"] = "2019-04-01",
            ["specificDiseasesValidEndDate"] = "2027-03-31",
            ["specificDiseasesSelfPay"] = 10000,
        }),
    };

    /// <summary>The card identifiers of a coverage, as <c>previousCoverage</c> names it.</summary>
    public static JsonObject Card(string insurerNumber, string number, string branch = "00") => new()
    {
        ["insurerNumber"] = insurerNumber,
        ["insuredCardSymbol"] = Symbol,
        ["insuredIdentificationNumber"] = number,
        ["insuredBranchNumber"] = branch,
    };

    /// <summary>Posts records as one JSON array.</summary>
    public static Task<HttpResponseMessage> LoadMembersAsync(this TestOrganization insurer, params JsonObject[] records) =>
        insurer.Client.PostAsync("/eligibility/members", JsonContent.Create(new JsonArray([.. records])));

    /// <summary>Posts records as NDJSON, one per line.</summary>
    public static Task<HttpResponseMessage> LoadMembersAsNdjsonAsync(this TestOrganization insurer, params JsonObject[] records) =>
        insurer.Client.PostAsync("/eligibility/members", new StringContent(string.Join('\n', records.Select(r => r.ToJsonString())), Encoding.UTF8, "application/x-ndjson"));
}
