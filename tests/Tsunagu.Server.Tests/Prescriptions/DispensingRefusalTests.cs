using System.Net;
using System.Text;
using Tsunagu.Domain;
using Tsunagu.Formats.Pki;
using Tsunagu.Formats.Prescriptions.Csv;
using Tsunagu.Server.Prescriptions;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Server.Tests.Prescriptions.Support;

namespace Tsunagu.Server.Tests.Prescriptions;

/// <summary>
/// Bad input to POST /dispensings (issue 4), sent by the pharmacy holding a received electronic prescription: each is
/// refused with its status, its stable code and the record or field it concerns, is audited as a refusal, stores no
/// dispensing and no medication-history line, and leaves the prescription received (調剤中).
/// </summary>
public abstract class DispensingRefusalTests(TsunaguServerFixture server) : ServerTests(server)
{
    private DateOnly Today => JapanTime.DateOf(Server.Clock.GetUtcNow());

    [Theory]
    [InlineData(RxPki.Untrusted, "SIGNATURE_UNTRUSTED_CA", "chain")]
    [InlineData(RxPki.Expired, "SIGNATURE_CERT_EXPIRED", "validity")]
    [InlineData(RxPki.Revoked, "SIGNATURE_CERT_REVOKED", "revocation")]
    public async Task A_pharmacists_signature_the_server_cannot_trust_is_refused_naming_the_failed_check(string standing, string code, string check)
    {
        var (pharmacy, patient, received) = await ReceivedAsync();
        var signer = RxPki.Instance.Distrusted(standing, CertificateRole.Pharmacist);

        var response = await pharmacy.DispenseAsync(RxDocuments.SignedDispensing(Dispensing(pharmacy, received), signer));

        await AssertRefusedAsync(response, pharmacy, patient, received, HttpStatusCode.BadRequest, code, check);
    }

    [Theory]
    [InlineData("unsigned", HttpStatusCode.BadRequest, "RX_SIGNATURE_REQUIRED", "body")]
    [InlineData("signed-by-a-doctor", HttpStatusCode.Forbidden, "SIGNATURE_WRONG_ROLE", "role")]
    public async Task An_electronic_prescriptions_dispensing_needs_the_pharmacists_signature(string signature, HttpStatusCode status, string code, string field)
    {
        var (pharmacy, patient, received) = await ReceivedAsync();
        var result = Dispensing(pharmacy, received);
        var body = signature == "unsigned" ? RxDocuments.DispensingCsv(result) : RxDocuments.SignedDispensing(result, RxPki.Instance.Doctor);

        var response = await pharmacy.DispenseAsync(body);

        await AssertRefusedAsync(response, pharmacy, patient, received, status, code, field);
    }

    [Fact]
    public async Task A_pharmacists_signature_over_other_content_than_was_sent_is_refused()
    {
        var (pharmacy, patient, received) = await ReceivedAsync();
        var signed = RxDocuments.DispensingCsvBytes(Dispensing(pharmacy, received));
        var sent = RxDocuments.DispensingCsvBytes(RxDocuments.Dispensing(pharmacy, received.Id, Today, [received.Prescription.Rps[0]]));

        var response = await pharmacy.DispenseAsync(RxDocuments.Tampered(signed, sent, RxPki.Instance.Pharmacist));

        await AssertRefusedAsync(response, pharmacy, patient, received, HttpStatusCode.BadRequest, "SIGNATURE_INVALID", "signature");
    }

    [Theory]
    [InlineData(RxDocuments.ExternalEntity)]
    [InlineData(RxDocuments.InternalEntities)]
    [InlineData(RxDocuments.ExternalDtd)]
    public async Task A_dispensing_in_XML_with_a_DTD_or_external_entity_is_refused(string xml)
    {
        var (pharmacy, patient, received) = await ReceivedAsync();

        var response = await pharmacy.DispenseAsync(RxDocuments.Body(Encoding.UTF8.GetBytes(xml), "application/xml"));

        await AssertRefusedAsync(response, pharmacy, patient, received, HttpStatusCode.BadRequest, "XML_DTD_FORBIDDEN", "xml");
    }

    [Theory]
    [InlineData("prescription-record", "RX_CSV_RECORD_UNKNOWN")]
    [InlineData("bad-date", "RX_CSV_DATE")]
    public async Task A_malformed_dispensing_CSV_is_refused_naming_its_line_and_record(string defect, string code)
    {
        var (pharmacy, patient, received) = await ReceivedAsync();
        var lines = DispensingCsvWriter.Write(Dispensing(pharmacy, received)).Split('\n').ToList();
        var dateLine = lines.FindIndex(l => l.StartsWith("55,", StringComparison.Ordinal));
        lines[dateLine] = defect == "bad-date" ? "55,20250230" : $"51,{Today:yyyyMMdd}";
        var field = defect == "bad-date" ? $"line {dateLine + 1}, record 55, field 1 (調剤年月日)" : $"line {dateLine + 1}, record 51";

        var response = await pharmacy.DispenseAsync(RxDocuments.Body(Encoding.UTF8.GetBytes(string.Join('\n', lines)), RxDocuments.CsvType));

        await AssertRefusedAsync(response, pharmacy, patient, received, HttpStatusCode.BadRequest, code, field);
    }

    /// <summary>A pharmacy holding an electronic prescription it received for a new patient.</summary>
    private async Task<(TestOrganization Pharmacy, TestPatient Patient, Registered Received)> ReceivedAsync()
    {
        var (clinic, pharmacy, patient) = (await Server.NewOrganizationAsync("clinic"), await Server.NewOrganizationAsync("pharmacy"), await Server.NewPatientAsync());
        var registered = await Registered.ElectronicAsync(clinic, RxDocuments.For(clinic, patient, Today));
        (await pharmacy.ReceiveAsync(registered.AccessCode, patient)).EnsureSuccessStatusCode();
        return (pharmacy, patient, registered);
    }

    private Domain.Prescriptions.DispensingResult Dispensing(TestOrganization pharmacy, Registered received) =>
        RxDocuments.Dispensing(pharmacy, received.Id, Today, received.Prescription.Rps);

    private async Task AssertRefusedAsync(
        HttpResponseMessage response, TestOrganization pharmacy, TestPatient patient, Registered received, HttpStatusCode status, string code, string field)
    {
        await Server.AssertRefusedAsync(response, pharmacy, DispensingRegistrar.Action, status, code, field);
        Assert.Equal((1L, 0L, 5L), await RxRows.CountAsync(Server, patient.PersonId));
        Assert.Equal("dispensing", (await Json.ReadAsync(await pharmacy.ReadAsync(received.Id))).Str("status"));
    }
}

public sealed class DispensingRefusalsOnSqlite(RxSqliteServer server) : DispensingRefusalTests(server), IClassFixture<RxSqliteServer>;

public sealed class DispensingRefusalsOnPostgres(RxPostgresServer server) : DispensingRefusalTests(server), IClassFixture<RxPostgresServer>;
