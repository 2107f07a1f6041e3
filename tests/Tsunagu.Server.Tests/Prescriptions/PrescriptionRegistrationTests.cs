using System.Net;
using System.Text.Json;
using Tsunagu.Domain;
using Tsunagu.Server.Demo.Prescriptions;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Server.Tests.Prescriptions.Support;

namespace Tsunagu.Server.Tests.Prescriptions;

public abstract class PrescriptionRegistrationTests(TsunaguServerFixture server) : ServerTests(server)
{
    private DateOnly Today => JapanTime.DateOf(Server.Clock.GetUtcNow());

    [Fact]
    public async Task An_unsigned_CSV_prescription_registers_as_paper_with_a_six_digit_access_code()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        var response = await clinic.RegisterAsync(RxDocuments.Csv(RxDocuments.For(clinic, patient, Today)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await Json.ReadAsync(response);
        Assert.Equal($"/prescriptions/{answer.Str("prescriptionId")}", response.Headers.Location?.OriginalString);
        Assert.Matches("^[0-9]{6}$", answer.Str("accessCode"));
        Assert.Equal(("paper", "registered", "薬局にて受付されていません。"), (answer.Str("issueType"), answer.Str("status"), answer.Str("statusJa")));
        Assert.Equal(0, answer.GetProperty("issues").GetArrayLength());
        Assert.Equal((1L, 0L, 5L), await RxRows.CountAsync(Server, patient.PersonId));
    }

    [Fact]
    public async Task An_unsigned_FHIR_Bundle_registers_as_paper()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        var answer = await clinic.RegisteredAsync(RxDocuments.Fhir(RxDocuments.For(clinic, patient, Today)));

        Assert.Equal("paper", answer.Str("issueType"));
        Assert.Equal((1L, 0L, 5L), await RxRows.CountAsync(Server, patient.PersonId));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("fhir")]
    public async Task A_prescription_signed_by_a_trusted_doctor_registers_as_electronic_and_names_its_signer(string format)
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var prescription = RxDocuments.For(clinic, patient, Today);
        var body = format == "csv" ? RxDocuments.SignedCsv(prescription, RxPki.Instance.Doctor) : RxDocuments.SignedFhir(prescription, RxPki.Instance.Doctor);

        var answer = await clinic.RegisteredAsync(body);

        Assert.Equal("electronic", answer.Str("issueType"));
        var read = await Json.ReadAsync(await clinic.ReadAsync(answer.Str("prescriptionId")));
        Assert.Equal(("山田 太郎", answer.Str("accessCode")), (read.Str("signer"), read.Str("accessCode")));
        Assert.Equal(prescription.Facility.Code, read.GetProperty("prescription").GetProperty("facility").Str("code"));
    }

    [Fact]
    public async Task An_in_house_order_registers_without_an_access_code_and_is_dispensed_at_once()
    {
        var (hospital, patient) = await ClinicAndPatientAsync("hospital");

        var answer = await hospital.RegisteredAsync(RxDocuments.Csv(RxDocuments.For(hospital, patient, Today.AddDays(-10))), "?issueType=inhouse");

        Assert.False(answer.TryGetProperty("accessCode", out _));
        Assert.Equal(("inhouse", "dispensed"), (answer.Str("issueType"), answer.Str("status")));
    }

    [Theory]
    [InlineData("unknown-record")]
    [InlineData("missing-record")]
    [InlineData("bad-date")]
    [InlineData("rp-without-drugs")]
    public async Task Malformed_CSV_is_refused_naming_the_problem_and_stores_nothing(string defect)
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var lines = PrescriptionCsv(clinic, patient).Split('\n').ToList();
        var (broken, code) = defect switch
        {
            "unknown-record" => ([.. lines.Take(2), "99,1,unknown", .. lines.Skip(2)], "RX_CSV_RECORD_UNKNOWN"),
            "missing-record" => (lines.Where(l => !l.StartsWith("5,", StringComparison.Ordinal)).ToList(), "RX_CSV_RECORD_MISSING"),
            "bad-date" => (lines.Select(l => l.StartsWith("51,", StringComparison.Ordinal) ? "51,20251340" : l).ToList(), "RX_CSV_DATE"),
            _ => (lines.Where(l => !l.StartsWith("201,3,", StringComparison.Ordinal)).ToList(), "RX_CSV_RP_WITHOUT_DRUGS"),
        };

        await AssertRefusedAsync(clinic, patient, RxDocuments.Body(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', broken)), RxDocuments.CsvType), HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task Shift_JIS_bytes_declared_as_UTF_8_are_refused()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var bytes = Formats.Prescriptions.Csv.CsvEncodings.ShiftJis.GetBytes(PrescriptionCsv(clinic, patient));

        await AssertRefusedAsync(clinic, patient, RxDocuments.Body(bytes, RxDocuments.CsvType), HttpStatusCode.BadRequest, "RX_CSV_ENCODING");
    }

    [Theory]
    [InlineData("no-composition", "RX_FHIR_COMPOSITION")]
    [InlineData("dangling-subject", "RX_FHIR_REFERENCE")]
    public async Task A_broken_FHIR_Bundle_is_refused(string defect, string code)
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var bundle = System.Text.Json.Nodes.JsonNode.Parse(Formats.Prescriptions.Fhir.PrescriptionBundleWriter.WriteJson(RxDocuments.For(clinic, patient, Today)))!;
        var entries = bundle["entry"]!.AsArray();
        if (defect == "no-composition")
        {
            entries.RemoveAt(0);
        }
        else
        {
            entries.First(e => e!["resource"]!["resourceType"]!.GetValue<string>() == "MedicationRequest")!["resource"]!["subject"]!["reference"] = "Patient/unknown";
        }

        await AssertRefusedAsync(clinic, patient, RxDocuments.Body(System.Text.Encoding.UTF8.GetBytes(bundle.ToJsonString()), "application/fhir+json"), HttpStatusCode.BadRequest, code);
    }

    [Theory]
    [InlineData("666660000", "DRUG_DUMMY_CODE")]
    [InlineData("629999990", "DRUG_UNKNOWN_CODE")]
    public async Task A_dummy_or_unknown_drug_code_is_refused_with_the_code(string receiptCode, string error)
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var line = DemoDrugLines.Line(1, "2233002F1174", 3) with { Code = new Domain.Prescriptions.DrugCode(Domain.Prescriptions.DrugCodeSystem.Receipt, receiptCode) };

        var problem = await AssertRefusedAsync(clinic, patient, RxDocuments.Csv(RxDocuments.For(clinic, patient, Today, DemoDrugLines.Oral(1, 7, line))), HttpStatusCode.BadRequest, error);

        Assert.Contains(receiptCode, problem.GetProperty("errors")[0].Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_drug_discontinued_before_the_issue_date_is_refused()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        var pimozide = RxDocuments.For(clinic, patient, Today, DemoDrugLines.Oral(1, 7, DemoDrugLines.Line(1, "1179018F1020", 1)));

        await AssertRefusedAsync(clinic, patient, RxDocuments.Csv(pimozide), HttpStatusCode.BadRequest, "DRUG_DISCONTINUED");
    }

    [Fact]
    public async Task An_electronic_prescription_without_a_signature_is_refused()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        await AssertRefusedAsync(clinic, patient, RxDocuments.Csv(RxDocuments.For(clinic, patient, Today)), HttpStatusCode.BadRequest, "RX_SIGNATURE_REQUIRED", "?issueType=electronic");
    }

    [Theory]
    [InlineData("untrusted", "SIGNATURE_UNTRUSTED_CA")]
    [InlineData("expired", "SIGNATURE_CERT_EXPIRED")]
    [InlineData("revoked", "SIGNATURE_CERT_REVOKED")]
    public async Task A_signature_the_server_cannot_trust_is_refused(string signer, string code)
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var certificate = signer switch
        {
            "untrusted" => RxPki.Instance.UntrustedDoctor,
            "expired" => RxPki.Instance.ExpiredDoctor,
            _ => RxPki.Instance.RevokedDoctor,
        };

        await AssertRefusedAsync(clinic, patient, RxDocuments.SignedCsv(RxDocuments.For(clinic, patient, Today), certificate), HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task A_signature_over_other_content_than_was_sent_is_refused()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var signed = RxDocuments.CsvBytes(RxDocuments.For(clinic, patient, Today));
        var sent = RxDocuments.CsvBytes(RxDocuments.For(clinic, patient, Today.AddDays(-1)));
        var envelope = System.Text.Encoding.UTF8.GetString(RxDocuments.SignedBytes(signed, RxDocuments.CsvType, RxPki.Instance.Doctor))
            .Replace(Convert.ToBase64String(signed), Convert.ToBase64String(sent), StringComparison.Ordinal);

        await AssertRefusedAsync(clinic, patient, RxDocuments.Body(System.Text.Encoding.UTF8.GetBytes(envelope), "application/xml"), HttpStatusCode.BadRequest, "SIGNATURE_INVALID");
    }

    [Fact]
    public async Task A_doctor_whose_certificate_names_another_facility_may_not_sign_for_this_one()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        var body = RxDocuments.SignedCsv(RxDocuments.For(clinic, patient, Today), RxPki.Instance.DoctorOf(SamplePrescriptions.Clinic.Code));

        await AssertRefusedAsync(clinic, patient, body, HttpStatusCode.BadRequest, "RX_SIGNER_FACILITY");
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>")]
    [InlineData("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><lolz>&lol2;</lolz>")]
    public async Task XML_with_a_DTD_or_external_entity_is_refused(string xml)
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        await AssertRefusedAsync(clinic, patient, RxDocuments.Body(System.Text.Encoding.UTF8.GetBytes(xml), "application/xml"), HttpStatusCode.BadRequest, "XML_DTD_FORBIDDEN");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_before_it_is_read()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        await AssertRefusedAsync(clinic, patient, RxDocuments.Body(new byte[(1 << 20) + 1], RxDocuments.CsvType), HttpStatusCode.RequestEntityTooLarge, "BODY_TOO_LARGE");
    }

    [Fact]
    public async Task A_prescription_of_another_facility_is_refused()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var other = await Server.NewOrganizationAsync("clinic");

        await AssertRefusedAsync(clinic, patient, RxDocuments.Csv(RxDocuments.For(other, patient, Today)), HttpStatusCode.Forbidden, "RX_FACILITY_MISMATCH");
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

        await AssertRefusedAsync(clinic, patient, RxDocuments.Csv(RxDocuments.For(clinic, patient, Today.AddDays(days))), HttpStatusCode.BadRequest, "RX_ISSUE_DATE");
    }

    [Fact]
    public async Task An_unknown_issue_type_is_refused()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();

        await AssertRefusedAsync(clinic, patient, RxDocuments.Csv(RxDocuments.For(clinic, patient, Today)), HttpStatusCode.BadRequest, "FIELD_NOT_IN_TABLE", "?issueType=fax");
    }

    private async Task<(TestOrganization Facility, TestPatient Patient)> ClinicAndPatientAsync(string kind = "clinic") =>
        (await Server.NewOrganizationAsync(kind), await Server.NewPatientAsync());

    private string PrescriptionCsv(TestOrganization clinic, TestPatient patient) =>
        Formats.Prescriptions.Csv.PrescriptionCsvWriter.Write(RxDocuments.For(clinic, patient, Today), Formats.Prescriptions.Csv.CsvDialect.Sj1);

    private async Task<JsonElement> AssertRefusedAsync(TestOrganization clinic, TestPatient patient, HttpContent body, HttpStatusCode status, string code, string query = "")
    {
        var response = await clinic.RegisterAsync(body, query);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(code, await RxCalls.ErrorCodesAsync(response));
        await RxRows.AssertNothingStoredAsync(Server, patient.PersonId);
        return await Json.ReadAsync(response);
    }
}

public sealed class PrescriptionRegistrationOnSqlite(RxSqliteServer server) : PrescriptionRegistrationTests(server), IClassFixture<RxSqliteServer>;

public sealed class PrescriptionRegistrationOnPostgres(RxPostgresServer server) : PrescriptionRegistrationTests(server), IClassFixture<RxPostgresServer>;
