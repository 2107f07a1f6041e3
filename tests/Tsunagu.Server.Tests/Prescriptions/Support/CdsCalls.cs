using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

/// <summary>
/// CDS Hooks calls as an EHR makes them, written out as JSON: order-sign with draft MedicationRequests, and the Patient
/// and a search Bundle of their Coverage (JP Core: payor Organization included, 記号・番号・枝番 extensions) prefetched.
/// </summary>
public static class CdsCalls
{
    public const string ServiceId = "medication-check";

    /// <summary>The patient's id in the calling EHR.</summary>
    public const string PatientId = "pt-0001";

    public const string ReceiptSystem = "urn:oid:1.2.392.100495.20.1.71";
    public const string YjSystem = "http://jpfhir.jp/fhir/core/CodeSystem/JP_MedicationCodeYJ_CS";
    public const string GenericNameSystem = "http://jpfhir.jp/fhir/core/CodeSystem/JP_MedicationCodeCommon_CS";
    public const string Hot9System = "http://jpfhir.jp/fhir/core/CodeSystem/JP_MedicationCodeHOT9_CS";

    private const string CoreExtension = "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/";

    /// <summary>The call signing <paramref name="orders"/> for the patient.</summary>
    public static JsonObject OrderSign(TestPatient patient, params JsonObject[] orders) => new()
    {
        ["hook"] = "order-sign",
        ["hookInstance"] = Guid.NewGuid().ToString(),
        ["context"] = new JsonObject
        {
            ["userId"] = "PractitionerRole/dr-1",
            ["patientId"] = PatientId,
            ["draftOrders"] = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = Entries(orders) },
        },
        ["prefetch"] = new JsonObject { ["patient"] = Patient(patient), ["coverage"] = Coverages(patient) },
    };

    /// <summary>A draft MedicationRequest for the drug, coded in the system its shape suggests: 9 digits レセ電, …ZZZ 一般名, else YJ.</summary>
    public static JsonObject Drug(string code) =>
        Drug(code.Length == 9 ? ReceiptSystem : code.EndsWith("ZZZ", StringComparison.Ordinal) ? GenericNameSystem : YjSystem, code);

    public static JsonObject Drug(string system, string code) => new()
    {
        ["resourceType"] = "MedicationRequest",
        ["status"] = "draft",
        ["intent"] = "order",
        ["subject"] = new JsonObject { ["reference"] = $"Patient/{PatientId}" },
        ["medicationCodeableConcept"] = new JsonObject
        {
            ["coding"] = new JsonArray(new JsonObject { ["system"] = system, ["code"] = code }),
        },
    };

    public static Task<HttpResponseMessage> SignAsync(this TestOrganization facility, JsonNode call, string service = ServiceId) =>
        facility.SignAsync(call.ToJsonString(), service);

    public static Task<HttpResponseMessage> SignAsync(this TestOrganization facility, string body, string service = ServiceId) =>
        facility.Client.PostAsync($"/cds-services/{service}", new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>Signs the drugs for the patient, each coded as <see cref="Drug(string)"/> codes it.</summary>
    public static Task<HttpResponseMessage> SignAsync(this TestOrganization facility, TestPatient patient, params string[] codes) =>
        facility.SignAsync(OrderSign(patient, [.. codes.Select(Drug)]));

    /// <summary>The cards of an answer that must be 200.</summary>
    public static async Task<List<JsonElement>> CardsAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return [.. (await Json.ReadAsync(response)).GetProperty("cards").EnumerateArray()];
    }

    private static JsonObject Patient(TestPatient patient) => new()
    {
        ["resourceType"] = "Patient",
        ["id"] = PatientId,
        ["name"] = new JsonArray(new JsonObject { ["text"] = "山田 太郎" }),
        ["birthDate"] = patient.Birthdate,
    };

    /// <summary>What <c>Coverage?patient=…&amp;status=active&amp;_include=Coverage:payor</c> answers.</summary>
    private static JsonObject Coverages(TestPatient patient) => new()
    {
        ["resourceType"] = "Bundle",
        ["type"] = "searchset",
        ["entry"] = new JsonArray(
            new JsonObject
            {
                ["fullUrl"] = "https://ehr.example.jp/fhir/Coverage/cov-1",
                ["resource"] = new JsonObject
                {
                    ["resourceType"] = "Coverage",
                    ["id"] = "cov-1",
                    ["extension"] = new JsonArray(
                        Extension("JP_Coverage_InsuredPersonSymbol", MemberRecords.Symbol),
                        Extension("JP_Coverage_InsuredPersonNumber", patient.Number),
                        Extension("JP_Coverage_InsuredPersonSubNumber", patient.Branch)),
                    ["status"] = "active",
                    ["beneficiary"] = new JsonObject { ["reference"] = $"Patient/{PatientId}" },
                    ["payor"] = new JsonArray(new JsonObject { ["reference"] = "Organization/ins-1" }),
                },
                ["search"] = new JsonObject { ["mode"] = "match" },
            },
            new JsonObject
            {
                ["fullUrl"] = "https://ehr.example.jp/fhir/Organization/ins-1",
                ["resource"] = new JsonObject
                {
                    ["resourceType"] = "Organization",
                    ["id"] = "ins-1",
                    ["identifier"] = new JsonArray(new JsonObject { ["system"] = "urn:oid:1.2.392.100495.20.3.61", ["value"] = patient.Insurer.Code }),
                },
                ["search"] = new JsonObject { ["mode"] = "include" },
            }),
    };

    private static JsonObject Extension(string name, string value) => new() { ["url"] = CoreExtension + name, ["valueString"] = value };

    private static JsonArray Entries(JsonObject[] resources) => [.. resources.Select(r => (JsonNode)new JsonObject { ["resource"] = r })];
}
