using System.Text;
using System.Text.Json;
using Tsunagu.Cli.Tests.Pki;
using Tsunagu.Cli.Tests.Support;
using Tsunagu.Domain.Drugs;
using Tsunagu.Formats.Pki;
using Tsunagu.Formats.Prescriptions;
using Tsunagu.Formats.Signatures;
using Tsunagu.Server.Demo;
using Tsunagu.Server.Demo.Drugs;
using Tsunagu.Testing;

namespace Tsunagu.Cli.Tests.Demo;

public sealed class DemoQueriesCommandTests(InitializedDataFolder pki) : IDisposable
{
    private const string People = "400";

    private static readonly HashSet<CertificateRole> Doctors = [CertificateRole.Doctor];

    private readonly TempFolder data = pki.Copy();

    private string Output => Path.Combine(data.Path, "bodies.txt");

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Eligibility_bodies_name_demo_people_by_card_and_birthdate_one_per_line()
    {
        var run = await QueriesAsync("--count", "50");

        var bodies = (await File.ReadAllLinesAsync(Output)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(50, bodies.Count);
        Assert.Equal(50, bodies.Select(b => b.GetRawText()).Distinct().Count());
        Assert.All(bodies, b => Assert.Equal(["birthdate", "insuredBranchNumber", "insuredCardSymbol", "insuredIdentificationNumber", "insurerNumber"], b.EnumerateObject().Select(p => p.Name).Order()));
        Assert.StartsWith($"Wrote 50 eligibility-check bodies to {Output}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_bodies_add_the_demo_master_drugs_a_doctor_prescribes_today()
    {
        var run = await QueriesAsync("--kind", "prescription-check", "--count", "50");

        var bodies = (await File.ReadAllLinesAsync(Output)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(50, bodies.Count);
        var master = new DrugMaster(DemoDrugMaster.Drugs, DemoDrugMaster.PriceList);
        var today = Domain.JapanTime.DateOf(DateTimeOffset.UtcNow);
        Assert.All(bodies.SelectMany(b => b.GetProperty("drugs").EnumerateArray()), code => Assert.True(master.Resolve(code.GetString(), today).IsValid, code.GetString()));
        Assert.Contains(bodies, b => b.GetProperty("drugs").GetArrayLength() > 1);
    }

    [Fact]
    public async Task Registration_bodies_are_one_line_prescriptions_of_the_demo_clinic_signed_by_its_doctor_under_the_data_folders_CA()
    {
        await CliRun.InvokeAsync("demo", "generate", "--people", People, "--facilities", "50", "--data", data.Path, "--db", "");
        var clinic = DemoCredentialsFile.TryRead(data.Path)!.Clients.Single(c => c.Kind == "clinic");

        var run = await QueriesAsync("--kind", "prescription-register", "--count", "5");

        var lines = await File.ReadAllLinesAsync(Output);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, lines.Length);
        var trust = Storage.Pki.TrustStore.ForDataFolder(data.Path).Current;
        foreach (var line in lines)
        {
            var signed = XadesVerifier.Verify(Encoding.UTF8.GetBytes(line)).Value!;
            var prescription = DocumentReaders.Prescription.Read(signed.Content, signed.MediaType).Value!.Content;
            Assert.Equal(clinic.Code, prescription.Facility.Code);
            Assert.Equal(clinic.Code, CertificateHolderReader.Read(signed.SignerCertificate).Value!.Facility!.Value);
            Assert.True(CertificateValidator.Validate(signed.SignerCertificate, trust, Doctors, DateTimeOffset.UtcNow).IsValid);
        }
    }

    [Fact]
    public async Task Registration_bodies_need_the_demo_clients_of_a_generated_data_set()
    {
        var run = await QueriesAsync("--kind", "prescription-register", "--count", "5");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("run `tsunagu demo generate` with this --data first", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));
    }

    private Task<CliRun> QueriesAsync(params string[] more) =>
        CliRun.InvokeAsync(["demo", "queries", "--people", People, "--out", Output, "--data", data.Path, .. more]);
}
