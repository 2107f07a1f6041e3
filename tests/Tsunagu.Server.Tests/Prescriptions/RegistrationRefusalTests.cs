using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tsunagu.Domain;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Formats.Pki;
using Tsunagu.Formats.Prescriptions.Csv;
using Tsunagu.Formats.Prescriptions.Fhir;
using Tsunagu.Server.Demo.Prescriptions;
using Tsunagu.Server.Prescriptions;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Server.Tests.Prescriptions.Support;

namespace Tsunagu.Server.Tests.Prescriptions;

/// <summary>
/// Bad input to POST /prescriptions (issue 4): each is refused with its status, its stable code and the record or
/// field it concerns, is audited as a refusal, and stores no prescription and no medication-history line.
/// </summary>
public abstract class RegistrationRefusalTests(TsunaguServerFixture server) : ServerTests(server)
{
    private DateOnly Today => JapanTime.DateOf(Server.Clock.GetUtcNow());

    [Theory]
    [InlineData("unknown-record", "RX_CSV_RECORD_UNKNOWN")]
    [InlineData("missing-record", "RX_CSV_RECORD_MISSING")]
    [InlineData("bad-date", "RX_CSV_DATE")]
    [InlineData("rp-without-drugs", "RX_CSV_RP_WITHOUT_DRUGS")]
    public async Task Malformed_CSV_is_refused_naming_its_line_and_record(string defect, string code)
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var lines = PrescriptionCsv(clinic, patient).Split('\n').ToList();
        var (broken, field) = defect switch
        {
            "unknown-record" => ([.. lines.Take(2), "99,1,unknown", .. lines.Skip(2)], "line 3, record 99"),
            "missing-record" => (lines.Where(l => !l.StartsWith("5,", StringComparison.Ordinal)).ToList(), "record 5 (医師)"),
            "bad-date" => (lines.Select(l => l.StartsWith("51,", StringComparison.Ordinal) ? "51,20251340" : l).ToList(), $"line {LineOf(lines, "51,")}, record 51, field 1 (処方箋交付年月日)"),
            _ => (lines.Where(l => !l.StartsWith("201,3,", StringComparison.Ordinal)).ToList(), $"line {LineOf(lines, "101,3,")}, record 101"),
        };

        await AssertRefusedAsync(clinic, patient, RxDocuments.Body(Encoding.UTF8.GetBytes(string.Join('\n', broken)), RxDocuments.CsvType), HttpStatusCode.BadRequest, code, field);
    }

    [Theory]
    [InlineData("utf-8", HttpStatusCode.BadRequest, "RX_CSV_ENCODING", "body")]
    [InlineData("EUC-JP", HttpStatusCode.UnsupportedMediaType, "RX_CSV_CHARSET", "charset")]
    public async Task Shift_JIS_CSV_declared_in_another_encoding_is_refused(string charset, HttpStatusCode status, string code, string field)
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var bytes = CsvEncodings.ShiftJis.GetBytes(PrescriptionCsv(clinic, patient));

        await AssertRefusedAsync(clinic, patient, RxDocuments.Body(bytes, $"text/csv; charset={charset}"), status, code, field);
    }

    [Theory]
    [InlineData("no-composition", "RX_FHIR_COMPOSITION")]
    [InlineData("medication-request-pointing-nowhere", "RX_FHIR_REFERENCE")]
    public async Task A_FHIR_Bundle_without_a_Composition_or_with_a_MedicationRequest_pointing_nowhere_is_refused_naming_the_element(string defect, string code)
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var bundle = JsonNode.Parse(PrescriptionBundleWriter.WriteJson(RxDocuments.For(clinic, patient, Today)))!;
        var entries = bundle["entry"]!.AsArray();
        var request = entries.Select((e, i) => (Entry: e!, Index: i)).First(e => e.Entry["resource"]!["resourceType"]!.GetValue<string>() == "MedicationRequest");
        string field;
        if (defect == "no-composition")
        {
            entries.RemoveAt(0);
            field = "Bundle.entry[0].resource";
        }
        else
        {
            request.Entry["resource"]!["subject"]!["reference"] = "Patient/unknown";
            field = $"Bundle.entry[{request.Index}].resource.subject.reference";
        }

        await AssertRefusedAsync(clinic, patient, RxDocuments.Body(Encoding.UTF8.GetBytes(bundle.ToJsonString()), "application/fhir+json"), HttpStatusCode.BadRequest, code, field);
    }

    [Fact]
    public async Task A_FHIR_body_that_is_a_JSON_array_is_refused_as_malformed_not_as_a_server_error()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        await AssertRefusedAsync(clinic, patient, RxDocuments.Body("[]"u8.ToArray(), "application/fhir+json"), HttpStatusCode.BadRequest, "BODY_MALFORMED", "Bundle");
    }

    [Theory]
    [InlineData("666660000", "DRUG_DUMMY_CODE")]
    [InlineData("629999990", "DRUG_UNKNOWN_CODE")]
    public async Task A_dummy_or_unknown_drug_code_is_refused_naming_the_drug_and_its_code(string receiptCode, string code)
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var line = DemoDrugLines.Line(1, "2233002F1174", 3) with { Code = new DrugCode(DrugCodeSystem.Receipt, receiptCode) };

        var error = await AssertRefusedAsync(clinic, patient, RxDocuments.Csv(RxDocuments.For(clinic, patient, Today, DemoDrugLines.Oral(1, 7, line))), HttpStatusCode.BadRequest, code, "rps[0].drugs[0].code");

        Assert.Contains(receiptCode, error.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_drug_discontinued_before_the_issue_date_is_refused_naming_the_drug()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        var pimozide = RxDocuments.For(clinic, patient, Today, DemoDrugLines.Oral(1, 7, DemoDrugLines.Line(1, "1179018F1020", 1)));

        await AssertRefusedAsync(clinic, patient, RxDocuments.Csv(pimozide), HttpStatusCode.BadRequest, "DRUG_DISCONTINUED", "rps[0].drugs[0].code");
    }

    [Fact]
    public async Task An_electronic_prescription_without_a_signature_is_refused()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        await AssertRefusedAsync(clinic, patient, RxDocuments.Csv(RxDocuments.For(clinic, patient, Today)), HttpStatusCode.BadRequest, "RX_SIGNATURE_REQUIRED", "body", "?issueType=electronic");
    }

    [Theory]
    [InlineData(RxPki.Untrusted, "SIGNATURE_UNTRUSTED_CA", "chain")]
    [InlineData(RxPki.Expired, "SIGNATURE_CERT_EXPIRED", "validity")]
    [InlineData(RxPki.Revoked, "SIGNATURE_CERT_REVOKED", "revocation")]
    public async Task A_doctors_signature_the_server_cannot_trust_is_refused_naming_the_failed_check(string standing, string code, string check)
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var signer = RxPki.Instance.Distrusted(standing, CertificateRole.Doctor);

        await AssertRefusedAsync(clinic, patient, RxDocuments.SignedCsv(RxDocuments.For(clinic, patient, Today), signer), HttpStatusCode.BadRequest, code, check);
    }

    [Fact]
    public async Task A_signature_over_other_content_than_was_sent_is_refused()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var signed = RxDocuments.CsvBytes(RxDocuments.For(clinic, patient, Today));
        var sent = RxDocuments.CsvBytes(RxDocuments.For(clinic, patient, Today.AddDays(-1)));

        await AssertRefusedAsync(clinic, patient, RxDocuments.Tampered(signed, sent, RxPki.Instance.Doctor), HttpStatusCode.BadRequest, "SIGNATURE_INVALID", "signature");
    }

    [Fact]
    public async Task A_doctor_whose_certificate_names_another_facility_may_not_sign_for_this_one()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        var body = RxDocuments.SignedCsv(RxDocuments.For(clinic, patient, Today), RxPki.Instance.DoctorOf(SamplePrescriptions.Clinic.Code));

        await AssertRefusedAsync(clinic, patient, body, HttpStatusCode.BadRequest, "RX_SIGNER_FACILITY", "signature");
    }

    [Theory]
    [InlineData(RxDocuments.ExternalEntity)]
    [InlineData(RxDocuments.InternalEntities)]
    [InlineData(RxDocuments.ExternalDtd)]
    public async Task XML_with_a_DTD_or_external_entity_is_refused(string xml)
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        await AssertRefusedAsync(clinic, patient, RxDocuments.Body(Encoding.UTF8.GetBytes(xml), "application/xml"), HttpStatusCode.BadRequest, "XML_DTD_FORBIDDEN", "xml");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_before_the_service_reads_it()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        var response = await clinic.RegisterAsync(RxDocuments.Body(new byte[(1 << 20) + 1], RxDocuments.CsvType));

        await RxRefusals.ErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "BODY_TOO_LARGE");
        Assert.Null(await RxAudit.LatestAsync(Server, clinic.Code, PrescriptionRegistrar.Action));
        await RxRows.AssertNothingStoredAsync(Server, patient.PersonId);
    }

    [Fact]
    public async Task A_prescription_of_another_facility_is_refused()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var other = await Server.NewOrganizationAsync("clinic");

        await AssertRefusedAsync(clinic, patient, RxDocuments.Csv(RxDocuments.For(other, patient, Today)), HttpStatusCode.Forbidden, "RX_FACILITY_MISMATCH", "facility");
    }

    [Fact]
    public async Task A_prescription_for_a_patient_nobody_loaded_is_refused()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var stranger = patient with { Number = "9999" };

        await AssertRefusedAsync(clinic, patient, RxDocuments.Csv(RxDocuments.For(clinic, stranger, Today)), HttpStatusCode.NotFound, "PATIENT_NOT_FOUND");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-4)]
    public async Task A_prescription_issued_in_the_future_or_past_its_use_period_is_refused(int days)
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        await AssertRefusedAsync(clinic, patient, RxDocuments.Csv(RxDocuments.For(clinic, patient, Today.AddDays(days))), HttpStatusCode.BadRequest, "RX_ISSUE_DATE", "issueDate");
    }

    [Fact]
    public async Task An_unknown_issue_type_is_refused()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        await AssertRefusedAsync(clinic, patient, RxDocuments.Csv(RxDocuments.For(clinic, patient, Today)), HttpStatusCode.BadRequest, "FIELD_NOT_IN_TABLE", "issueType", "?issueType=fax");
    }

    private async Task<(TestOrganization Clinic, TestPatient Patient)> ClinicAndPatientAsync() =>
        (await Server.NewOrganizationAsync("clinic"), await Server.NewPatientAsync());

    private string PrescriptionCsv(TestOrganization clinic, TestPatient patient) =>
        PrescriptionCsvWriter.Write(RxDocuments.For(clinic, patient, Today), CsvDialect.Sj1);

    /// <summary>The 1-based line number of the first line starting with <paramref name="prefix"/>.</summary>
    private static int LineOf(List<string> lines, string prefix) => lines.FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal)) + 1;

    private async Task<JsonElement> AssertRefusedAsync(
        TestOrganization clinic, TestPatient patient, HttpContent body, HttpStatusCode status, string code, string? field = null, string query = "")
    {
        var response = await clinic.RegisterAsync(body, query);

        var error = await Server.AssertRefusedAsync(response, clinic, PrescriptionRegistrar.Action, status, code, field);
        await RxRows.AssertNothingStoredAsync(Server, patient.PersonId);
        return error;
    }
}

public sealed class RegistrationRefusalsOnSqlite(RxSqliteServer server) : RegistrationRefusalTests(server), IClassFixture<RxSqliteServer>;

public sealed class RegistrationRefusalsOnPostgres(RxPostgresServer server) : RegistrationRefusalTests(server), IClassFixture<RxPostgresServer>;
