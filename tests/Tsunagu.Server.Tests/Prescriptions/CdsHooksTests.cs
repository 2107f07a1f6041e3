using System.Net;
using System.Text.Json.Nodes;
using Tsunagu.Server.Prescriptions;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Server.Tests.Prescriptions.Support;

namespace Tsunagu.Server.Tests.Prescriptions;

public abstract class CdsHooksTests(TsunaguServerFixture server) : ServerTests(server)
{
    [Fact]
    public async Task Discovery_lists_the_order_sign_check_and_the_patient_and_coverage_it_needs_prefetched()
    {
        var pharmacy = await Server.NewOrganizationAsync("pharmacy");

        var response = await pharmacy.Client.GetAsync("/cds-services");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var service = Assert.Single((await Json.ReadAsync(response)).GetProperty("services").EnumerateArray());
        Assert.Equal(("order-sign", CdsCalls.ServiceId), (service.Str("hook"), service.Str("id")));
        Assert.Contains("重複投薬", service.Str("title"), StringComparison.Ordinal);
        Assert.Contains("prefetch", service.Str("usageRequirements"), StringComparison.Ordinal);
        Json.AssertEquivalent(
            new JsonObject
            {
                ["patient"] = "Patient/{{context.patientId}}",
                ["coverage"] = "Coverage?patient={{context.patientId}}&status=active&_include=Coverage:payor",
            },
            service.GetProperty("prefetch"));
    }

    [Fact]
    public async Task Only_facilities_that_may_run_the_check_discover_and_call_it()
    {
        var (_, patient, _) = await RxScenarios.TakingHalcionAsync(Server);
        var insurer = await Server.NewOrganizationAsync("insurer");
        using var anonymous = Server.Anonymous();
        var call = CdsCalls.OrderSign(patient, CdsCalls.Drug(DemoCodes.Itrizole)).ToJsonString();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/cds-services")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/cds-services/{CdsCalls.ServiceId}", new StringContent(call))).StatusCode);
        Assert.Equal("AUTH_FORBIDDEN", await Problem.CodeAsync(await insurer.Client.GetAsync("/cds-services"), HttpStatusCode.Forbidden));
        Assert.Equal("AUTH_FORBIDDEN", await Problem.CodeAsync(await insurer.SignAsync(call), HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task A_duplicate_at_another_facility_answers_a_warning_card()
    {
        var (_, patient, _) = await RxScenarios.TakingHalcionAsync(Server);
        var other = await Server.NewOrganizationAsync("clinic");

        var card = Assert.Single(await CdsCalls.CardsAsync(await other.SignAsync(patient, DemoCodes.TriazolamGeneric)));

        Assert.Equal("warning", card.Str("indicator"));
        Assert.StartsWith("重複投薬：", card.Str("summary"), StringComparison.Ordinal);
        Assert.InRange(card.Str("summary").Length, 1, 140);
        Assert.True(Guid.TryParse(card.Str("uuid"), out _));
        var source = card.GetProperty("source");
        Assert.Equal(("Tsunagu 重複投薬等チェック", "duplicate"), (source.Str("label"), source.GetProperty("topic").Str("code")));
    }

    [Fact]
    public async Task A_contraindication_answers_a_critical_card()
    {
        var (_, patient, _) = await RxScenarios.TakingHalcionAsync(Server);
        var other = await Server.NewOrganizationAsync("hospital");

        var card = Assert.Single(await CdsCalls.CardsAsync(await other.SignAsync(patient, DemoCodes.Itrizole)));

        Assert.Equal(("critical", "contraindication"), (card.Str("indicator"), card.GetProperty("source").GetProperty("topic").Str("code")));
        Assert.StartsWith("併用禁忌：イトリゾールカプセル５０", card.Str("summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_consent_the_cards_name_neither_the_other_drug_nor_its_facility()
    {
        var (clinic, patient, _) = await RxScenarios.TakingHalcionAsync(Server);
        var other = await Server.NewOrganizationAsync("clinic");

        var response = await other.SignAsync(patient, DemoCodes.Receipt(DemoCodes.Itrizole), DemoCodes.TriazolamGeneric);

        var text = await response.Content.ReadAsStringAsync();
        var cards = await CdsCalls.CardsAsync(response);
        Assert.Equal(["critical", "warning"], cards.Select(c => c.Str("indicator")));
        Assert.All(cards, c => Assert.Contains("患者の同意", c.Str("detail"), StringComparison.Ordinal));
        Assert.DoesNotContain("ハルシオン", text, StringComparison.Ordinal);
        Assert.DoesNotContain(clinic.Code, text, StringComparison.Ordinal);
        Assert.DoesNotContain(RxDocuments.FacilityOf(clinic).Name, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_patients_consent_a_card_names_the_other_drug_and_facility()
    {
        var (clinic, patient, _) = await RxScenarios.TakingHalcionAsync(Server);
        var other = await Server.NewOrganizationAsync("clinic");
        await other.ConsentAsync(patient);

        var card = Assert.Single(await CdsCalls.CardsAsync(await other.SignAsync(patient, DemoCodes.Itrizole)));

        Assert.Equal("併用禁忌：イトリゾールカプセル５０とハルシオン０．２５ｍｇ錠は併用禁忌です", card.Str("summary"));
        Assert.Contains("**ハルシオン０．２５ｍｇ錠**", card.Str("detail"), StringComparison.Ordinal);
        Assert.Contains($"{RxDocuments.FacilityOf(clinic).Name}（{clinic.Code}）", card.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drugs_that_clash_with_nothing_answer_no_cards_to_a_pharmacy_too()
    {
        var (_, patient, _) = await RxScenarios.TakingHalcionAsync(Server);
        var pharmacy = await Server.NewOrganizationAsync("pharmacy");

        var response = await pharmacy.SignAsync(patient, DemoCodes.Receipt(DemoCodes.Crestor));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"cards":[]}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Orders_without_medication_answer_no_cards()
    {
        var (_, patient, _) = await RxScenarios.TakingHalcionAsync(Server);
        var other = await Server.NewOrganizationAsync("clinic");
        var labOrder = new JsonObject { ["resourceType"] = "ServiceRequest", ["status"] = "draft", ["intent"] = "order", ["subject"] = new JsonObject { ["reference"] = $"Patient/{CdsCalls.PatientId}" } };

        Assert.Empty(await CdsCalls.CardsAsync(await other.SignAsync(CdsCalls.OrderSign(patient, labOrder))));
    }

    [Fact]
    public async Task A_call_is_audited_and_counted_as_a_check_of_the_patient()
    {
        var (_, patient, _) = await RxScenarios.TakingHalcionAsync(Server);
        var other = await Server.NewOrganizationAsync("clinic");
        var checks = await RxAudit.CountAsync(Server, PrescriptionMetrics.Check);

        (await other.SignAsync(patient, DemoCodes.Itrizole)).EnsureSuccessStatusCode();

        var audited = Assert.Single(await RxAudit.EventsAsync(Server, patient.PersonId, PrescriptionCheck.Action));
        Assert.Equal(other.Code, audited.OrganizationCode);
        Assert.Equal(checks + 1, await RxAudit.CountAsync(Server, PrescriptionMetrics.Check));
    }

    [Theory]
    [InlineData("not JSON", "BODY_MALFORMED", "body")]
    [InlineData("another hook", "FIELD_NOT_IN_TABLE", "hook")]
    [InlineData("no context", "FIELD_REQUIRED", "context")]
    [InlineData("no draft orders", "FIELD_REQUIRED", "context.draftOrders")]
    [InlineData("draft orders not FHIR", "BODY_MALFORMED", "context.draftOrders.entry[0]")]
    [InlineData("an order for another patient", "CDS_OTHER_PATIENT", "context.draftOrders.entry[0].resource.subject.reference")]
    [InlineData("a HOT code only", "CDS_NO_DRUG_CODING", "context.draftOrders.entry[0].resource.medicationCodeableConcept.coding")]
    [InlineData("a dummy code", "DRUG_DUMMY_CODE", "context.draftOrders.entry[0].resource.medicationCodeableConcept")]
    [InlineData("an unknown code", "DRUG_UNKNOWN_CODE", "context.draftOrders.entry[0].resource.medicationCodeableConcept")]
    [InlineData("another patient prefetched", "CDS_OTHER_PATIENT", "prefetch.patient.id")]
    [InlineData("no birthDate", "FIELD_REQUIRED", "prefetch.patient.birthDate")]
    [InlineData("a payor without 保険者番号", "CODE_REQUIRED", "prefetch.coverage.payor")]
    [InlineData("an unknown patient", "CDS_PATIENT_UNKNOWN", "prefetch.coverage")]
    public async Task A_malformed_call_is_refused_with_its_code_and_field_and_changes_nothing(string fault, string code, string field)
    {
        var (_, patient, _) = await RxScenarios.TakingHalcionAsync(Server);
        var other = await Server.NewOrganizationAsync("clinic");
        var stored = await RxRows.CountAsync(Server, patient.PersonId);

        var response = await other.SignAsync(Faulty(fault, patient));

        Assert.Contains((null, field, code), await Problem.ErrorsAsync(response));
        Assert.DoesNotContain("cards", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(stored, await RxRows.CountAsync(Server, patient.PersonId));
    }

    [Theory]
    [InlineData("patient", "absent")]
    [InlineData("coverage", "null")]
    [InlineData("coverage", "an OperationOutcome")]
    public async Task Prefetch_the_client_could_not_send_answers_412_naming_the_key(string key, string how)
    {
        var (_, patient, _) = await RxScenarios.TakingHalcionAsync(Server);
        var other = await Server.NewOrganizationAsync("clinic");
        var call = CdsCalls.OrderSign(patient, CdsCalls.Drug(DemoCodes.Itrizole));
        var prefetch = call["prefetch"]!.AsObject();
        prefetch.Remove(key);
        if (how != "absent")
        {
            prefetch[key] = how == "null" ? null : new JsonObject { ["resourceType"] = "OperationOutcome", ["issue"] = new JsonArray() };
        }

        var response = await other.SignAsync(call);

        Assert.Equal([(null, $"prefetch.{key}", "CDS_PREFETCH_MISSING")], await Problem.ErrorsAsync(response, HttpStatusCode.PreconditionFailed));
    }

    [Fact]
    public async Task An_unknown_service_answers_404()
    {
        var (_, patient, _) = await RxScenarios.TakingHalcionAsync(Server);
        var other = await Server.NewOrganizationAsync("clinic");

        var response = await other.SignAsync(CdsCalls.OrderSign(patient, CdsCalls.Drug(DemoCodes.Itrizole)), "patient-greeting");

        Assert.Equal("CDS_SERVICE_NOT_FOUND", await Problem.CodeAsync(response, HttpStatusCode.NotFound));
    }

    /// <summary>A call for the patient with the fault <paramref name="fault"/>, otherwise one that would answer a card.</summary>
    private static string Faulty(string fault, TestPatient patient)
    {
        if (fault == "not JSON")
        {
            return """{"hook": "order-sign", "context": """;
        }

        var call = CdsCalls.OrderSign(fault == "an unknown patient" ? patient with { Number = "9999" } : patient, Order(fault));
        var context = call["context"]!.AsObject();
        var prefetch = call["prefetch"]!.AsObject();
        switch (fault)
        {
            case "another hook":
                call["hook"] = "patient-view";
                break;
            case "no context":
                call.Remove("context");
                break;
            case "no draft orders":
                context.Remove("draftOrders");
                break;
            case "draft orders not FHIR":
                context["draftOrders"]!["entry"] = "MedicationRequest";
                break;
            case "another patient prefetched":
                prefetch["patient"]!["id"] = "pt-9999";
                break;
            case "no birthDate":
                prefetch["patient"]!.AsObject().Remove("birthDate");
                break;
            case "a payor without 保険者番号":
                prefetch["coverage"]!["entry"]![1]!["resource"]!.AsObject().Remove("identifier");
                break;
        }

        return call.ToJsonString();
    }

    private static JsonObject Order(string fault)
    {
        var order = fault switch
        {
            "a HOT code only" => CdsCalls.Drug(CdsCalls.Hot9System, "100795402"),
            "a dummy code" => CdsCalls.Drug("666660000"),
            "an unknown code" => CdsCalls.Drug("699999999"),
            _ => CdsCalls.Drug(DemoCodes.Itrizole),
        };
        if (fault == "an order for another patient")
        {
            order["subject"] = new JsonObject { ["reference"] = "Patient/pt-9999" };
        }

        return order;
    }
}

public sealed class CdsHooksOnSqlite(RxSqliteServer server) : CdsHooksTests(server), IClassFixture<RxSqliteServer>;

public sealed class CdsHooksOnPostgres(RxPostgresServer server) : CdsHooksTests(server), IClassFixture<RxPostgresServer>;
