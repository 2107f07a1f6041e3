using System.Text;
using Tsunagu.Cli.Tests.Support;
using Tsunagu.Testing;

namespace Tsunagu.Cli.Tests.Pki;

public sealed class PkiCommandTests : IDisposable
{
    private readonly TempFolder data;
    private readonly TempFolder work = new();

    public PkiCommandTests(InitializedDataFolder initialized) => data = initialized.Copy();

    public void Dispose()
    {
        data.Dispose();
        work.Dispose();
    }

    [Fact]
    public async Task A_signature_verifies_until_its_certificate_is_revoked()
    {
        using var fresh = new TempFolder();
        Assert.Equal(0, (await Pki(fresh, "init")).ExitCode);
        Assert.Equal(0, (await Pki(fresh, "issue", "--role", "doctor", "--name", "山田 太郎", "--facility", "1310000011", "--out", File("dr.p12"), "--password", "pw")).ExitCode);
        await System.IO.File.WriteAllTextAsync(File("rx.csv"), "1,1,1310000011,1,テスト医院\r\n", TestContext.Current.CancellationToken);
        Assert.Equal(0, (await Pki(fresh, "sign", "--cert", File("dr.p12"), "--password", "pw", "--in", File("rx.csv"), "--out", File("rx.xml"))).ExitCode);

        var verified = await Pki(fresh, "verify", File("rx.xml"));
        Assert.Equal(0, verified.ExitCode);
        Assert.Contains("山田 太郎", verified.Output, StringComparison.Ordinal);
        Assert.Contains("1310000011", verified.Output, StringComparison.Ordinal);
        Assert.Contains("revocation:   pass", verified.Output, StringComparison.Ordinal);

        Assert.Equal(0, (await Pki(fresh, "revoke", "--cert", File("dr.p12"), "--password", "pw")).ExitCode);
        var rejected = await Pki(fresh, "verify", File("rx.xml"));
        Assert.NotEqual(0, rejected.ExitCode);
        Assert.Contains("revocation:   FAIL SIGNATURE_CERT_REVOKED", rejected.Output, StringComparison.Ordinal);
        Assert.Contains("The certificate has been revoked.", rejected.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_refuses_to_replace_existing_CAs_without_force()
    {
        var refused = await Pki(data, "init");

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("PKI_CA_EXISTS", refused.Error, StringComparison.Ordinal);
        Assert.Contains("既に作成されています", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_facility_code_is_refused_and_nothing_is_written()
    {
        var refused = await Pki(data, "issue", "--role", "pharmacist", "--name", "佐藤 花子", "--facility", "1310000010", "--out", File("ph.p12"));

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("CODE_CHECK_DIGIT", refused.Error, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(File("ph.p12")));
    }

    [Fact]
    public async Task A_patient_certificate_may_not_name_a_facility()
    {
        var refused = await Pki(data, "issue", "--role", "patient", "--name", "鈴木 一郎", "--facility", "1310000011", "--out", File("pt.p12"));

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("PKI_FACILITY_NOT_ALLOWED", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signature_by_an_expired_certificate_fails_verification()
    {
        await Issue("patient", "鈴木 一郎", "--not-before", "2022-04-01", "--not-after", "2023-03-31");
        await Sign("consent.json");

        var rejected = await Pki(data, "verify", File("consent.json.xml"));

        Assert.NotEqual(0, rejected.ExitCode);
        Assert.Contains("validity:     FAIL SIGNATURE_CERT_EXPIRED", rejected.Output, StringComparison.Ordinal);
        Assert.Contains("application/fhir+json", rejected.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoking_by_serial_and_scheme_rejects_the_signature()
    {
        var issued = await Issue("pharmacist", "佐藤 花子", "--valid-days", "30");
        await Sign("dispensing.csv");
        var serial = issued.Output.Split('\n').Single(l => l.Contains("serial:", StringComparison.Ordinal)).Split(':')[1].Trim();

        Assert.Equal(0, (await Pki(data, "revoke", "--serial", serial, "--scheme", "hpki")).ExitCode);

        Assert.Contains("SIGNATURE_CERT_REVOKED", (await Pki(data, "verify", File("dispensing.csv.xml"))).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_signed_file_fails_with_the_signature_error()
    {
        await Issue("doctor", "山田 太郎");
        await Sign("rx.csv");
        var signed = await System.IO.File.ReadAllTextAsync(File("rx.csv.xml"), TestContext.Current.CancellationToken);
        var tampered = signed.Replace("<SignatureValue>", "<SignatureValue>AAAA", StringComparison.Ordinal);
        await System.IO.File.WriteAllTextAsync(File("rx.csv.xml"), tampered, TestContext.Current.CancellationToken);

        var rejected = await Pki(data, "verify", File("rx.csv.xml"));

        Assert.NotEqual(0, rejected.ExitCode);
        Assert.Contains("SIGNATURE_INVALID", rejected.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_of_unknown_type_needs_an_explicit_media_type()
    {
        await Issue("doctor", "山田 太郎");
        await System.IO.File.WriteAllTextAsync(File("note.txt"), "memo", TestContext.Current.CancellationToken);

        var refused = await Pki(data, "sign", "--cert", File("signer.p12"), "--password", "pw", "--in", File("note.txt"), "--out", File("note.xml"));
        var signed = await Pki(data, "sign", "--cert", File("signer.p12"), "--password", "pw", "--in", File("note.txt"), "--out", File("note.xml"), "--media-type", "text/plain");

        Assert.Contains("SIGNATURE_MEDIA_TYPE_INVALID", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, signed.ExitCode);
    }

    [Fact]
    public async Task An_end_date_and_a_number_of_days_cannot_both_be_given()
    {
        var refused = await Pki(data, "issue", "--role", "doctor", "--name", "山田 太郎", "--out", File("x.p12"), "--not-after", "2030-01-01", "--valid-days", "10");

        Assert.NotEqual(0, refused.ExitCode);
        Assert.False(System.IO.File.Exists(File("x.p12")));
    }

    private string File(string name) => Path.Combine(work.Path, name);

    private static Task<CliRun> Pki(TempFolder dataFolder, params string[] args) =>
        CliRun.InvokeAsync(["pki", .. args, "--data", dataFolder.Path]);

    private async Task<CliRun> Issue(string role, string name, params string[] validity)
    {
        var issued = await Pki(data, ["issue", "--role", role, "--name", name, "--out", File("signer.p12"), "--password", "pw", .. validity]);
        Assert.Equal(0, issued.ExitCode);
        return issued;
    }

    private async Task Sign(string contentFile)
    {
        await System.IO.File.WriteAllTextAsync(File(contentFile), contentFile.EndsWith(".json", StringComparison.Ordinal) ? "{\"resourceType\":\"Consent\"}" : "1,1\r\n", Encoding.UTF8, TestContext.Current.CancellationToken);
        var signed = await Pki(data, "sign", "--cert", File("signer.p12"), "--password", "pw", "--in", File(contentFile), "--out", File(contentFile + ".xml"));
        Assert.Equal(0, signed.ExitCode);
    }
}
