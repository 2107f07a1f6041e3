using System.Text;
using System.Text.Json.Nodes;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Formats.CdsHooks;
using Tsunagu.Testing;

namespace Tsunagu.Formats.Tests.CdsHooks;

public sealed class OrderSignReaderTests
{
    private static readonly string Insurer = ValidCodes.Insurer();

    [Fact]
    public void The_patient_is_named_by_the_included_payor_and_the_jp_core_card_extensions()
    {
        var read = OrderSignReader.Read(Call(Drug(("urn:oid:1.2.392.100495.20.1.71", "620000001"))));

        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        Assert.Equal((Insurer, "12-34", "1001", "00"), (read.Value!.Insurance.InsurerNumber, read.Value.Insurance.Symbol, read.Value.Insurance.Number, read.Value.Insurance.BranchNumber));
        Assert.Equal(new DateOnly(1955, 5, 10), read.Value.BirthDate);
    }

    [Fact]
    public void A_logical_payor_reference_by_identifier_names_the_insurer_too()
    {
        var payor = new JsonObject { ["identifier"] = new JsonObject { ["system"] = "http://jpfhir.jp/fhir/core/mhlw/IdSystem/InsurerNumber", ["value"] = Insurer } };

        var read = OrderSignReader.Read(CallWith(Coverage(payor), Drug(("urn:oid:1.2.392.100495.20.1.71", "620000001"))));

        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        Assert.Equal(Insurer, read.Value!.Insurance.InsurerNumber);
    }

    [Fact]
    public void Of_several_codings_the_one_the_check_reads_best_is_taken()
    {
        const string Hot9 = "http://jpfhir.jp/fhir/core/CodeSystem/JP_MedicationCodeHOT9_CS";
        const string Yj = "http://jpfhir.jp/fhir/core/CodeSystem/JP_MedicationCodeYJ_CS";

        var read = OrderSignReader.Read(Call(
            Drug((Hot9, "100795402"), (Yj, "1124007F2026")),
            Drug((Yj, "1124007F2026"), ("urn:oid:1.2.392.100495.20.1.71", "620000001"))));

        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        Assert.Equal(
            [(DrugCodeSystem.Yj, "1124007F2026", "context.draftOrders.entry[0].resource.medicationCodeableConcept"), (DrugCodeSystem.Receipt, "620000001", "context.draftOrders.entry[1].resource.medicationCodeableConcept")],
            read.Value!.Drugs.Select(d => (d.Code.System, d.Code.Value, d.Path)));
    }

    [Fact]
    public void A_code_that_does_not_fit_its_system_is_refused_at_its_coding()
    {
        var read = OrderSignReader.Read(Call(Drug(("http://jpfhir.jp/fhir/core/CodeSystem/JP_MedicationCodeYJ_CS", "620000001"))));

        var error = Assert.Single(read.Errors);
        Assert.Equal(("RX_DRUG_CODE_FORMAT", "context.draftOrders.entry[0].resource.medicationCodeableConcept.coding[0].code"), (error.Error.Code, error.Field));
    }

    private static byte[] Call(params JsonObject[] orders) => CallWith(Coverage(new JsonObject { ["reference"] = "Organization/ins-1" }), orders);

    private static byte[] CallWith(JsonObject coverage, params JsonObject[] orders) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["hook"] = "order-sign",
        ["hookInstance"] = "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        ["context"] = new JsonObject
        {
            ["userId"] = "Practitioner/dr-1",
            ["patientId"] = "pt-1",
            ["draftOrders"] = new JsonObject
            {
                ["resourceType"] = "Bundle",
                ["type"] = "collection",
                ["entry"] = new JsonArray([.. orders.Select(o => (JsonNode)new JsonObject { ["resource"] = o })]),
            },
        },
        ["prefetch"] = new JsonObject
        {
            ["patient"] = new JsonObject { ["resourceType"] = "Patient", ["id"] = "pt-1", ["birthDate"] = "1955-05-10" },
            ["coverage"] = new JsonObject
            {
                ["resourceType"] = "Bundle",
                ["type"] = "searchset",
                ["entry"] = new JsonArray(
                    new JsonObject { ["resource"] = coverage },
                    new JsonObject
                    {
                        ["resource"] = new JsonObject
                        {
                            ["resourceType"] = "Organization",
                            ["id"] = "ins-1",
                            ["identifier"] = new JsonArray(new JsonObject { ["system"] = "urn:oid:1.2.392.100495.20.3.61", ["value"] = Insurer }),
                        },
                    }),
            },
        },
    }.ToJsonString());

    /// <summary>A JP_Coverage of the patient, referenced by absolute URL, with <paramref name="payor"/>.</summary>
    private static JsonObject Coverage(JsonObject payor) => new()
    {
        ["resourceType"] = "Coverage",
        ["extension"] = new JsonArray(Extension("Symbol", "12-34"), Extension("Number", "1001"), Extension("SubNumber", "00")),
        ["status"] = "active",
        ["beneficiary"] = new JsonObject { ["reference"] = "https://ehr.example.jp/fhir/Patient/pt-1" },
        ["payor"] = new JsonArray(payor),
    };

    private static JsonObject Extension(string part, string value) =>
        new() { ["url"] = $"http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_Coverage_InsuredPerson{part}", ["valueString"] = value };

    private static JsonObject Drug(params (string System, string Code)[] codings) => new()
    {
        ["resourceType"] = "MedicationRequest",
        ["status"] = "draft",
        ["intent"] = "order",
        ["subject"] = new JsonObject { ["reference"] = "Patient/pt-1" },
        ["medicationCodeableConcept"] = new JsonObject
        {
            ["coding"] = new JsonArray([.. codings.Select(c => (JsonNode)new JsonObject { ["system"] = c.System, ["code"] = c.Code })]),
        },
    };
}
