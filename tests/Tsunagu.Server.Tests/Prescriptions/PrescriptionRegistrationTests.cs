using System.Net;
using Tsunagu.Domain;
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
    public async Task A_signed_prescription_sent_chunked_registers_as_one_sent_with_its_length_does()
    {
        var (clinic, patient) = await ClinicAndPatientAsync();
        var body = await ChunkedBody.OfAsync(RxDocuments.SignedCsv(RxDocuments.For(clinic, patient, Today), RxPki.Instance.Doctor));

        var response = await clinic.RegisterAsync(body);

        Assert.Null(response.RequestMessage?.Content?.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("electronic", (await Json.ReadAsync(response)).Str("issueType"));
        Assert.Equal((1L, 0L, 5L), await RxRows.CountAsync(Server, patient.PersonId));
    }

    [Fact]
    public async Task An_in_house_order_registers_without_an_access_code_and_is_dispensed_at_once()
    {
        var (hospital, patient) = await ClinicAndPatientAsync("hospital");

        var answer = await hospital.RegisteredAsync(RxDocuments.Csv(RxDocuments.For(hospital, patient, Today.AddDays(-10))), "?issueType=inhouse");

        Assert.False(answer.TryGetProperty("accessCode", out _));
        Assert.Equal(("inhouse", "dispensed"), (answer.Str("issueType"), answer.Str("status")));
    }

    private async Task<(TestOrganization Facility, TestPatient Patient)> ClinicAndPatientAsync(string kind = "clinic") =>
        (await Server.NewOrganizationAsync(kind), await Server.NewPatientAsync());
}

public sealed class PrescriptionRegistrationOnSqlite(RxSqliteServer server) : PrescriptionRegistrationTests(server), IClassFixture<RxSqliteServer>;

public sealed class PrescriptionRegistrationOnPostgres(RxPostgresServer server) : PrescriptionRegistrationTests(server), IClassFixture<RxPostgresServer>;
