using System.Globalization;
using Tsunagu.Cli.Tests.Support;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Demo;
using Tsunagu.Storage.Clients;
using Tsunagu.Storage.Organizations;
using Tsunagu.Storage.People;
using Tsunagu.Testing;

namespace Tsunagu.Cli.Tests.Demo;

public abstract class DemoGenerateCommandTests(TestEngine engine) : CommandTests(engine)
{
    private const int People = 2_000;
    private const int Facilities = 100;

    private const string CoverageRows = "SELECT id, person_id, insurer_number, symbol, number, branch, birthdate, name, name_kana, sex, record FROM coverages ORDER BY id";
    private const string OrganizationRows = "SELECT code, kind, name, prefecture, beds, large_chain FROM organizations ORDER BY code";
    private const string HistoryRows = "SELECT * FROM medication_history ORDER BY person_id, source_id, line";

    [Fact]
    public async Task Generating_loads_the_data_set_and_reports_what_it_loaded()
    {
        var run = await GenerateAsync();

        Assert.Equal(0, run.ExitCode);
        var organizations = await Test.CountAsync("organizations");
        var coverages = await Test.CountAsync("coverages");
        var drugs = await Test.CountAsync("drugs");
        Assert.InRange(organizations, Facilities + 1, Facilities * 10);
        Assert.InRange(coverages, People, People * 2);
        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"Loaded {organizations:N0} organizations, {coverages:N0} coverages, 0 medication-history lines and {drugs:N0} drugs into {Test.Database.EngineName} in "),
            run.Output, StringComparison.Ordinal);
        Assert.Equal(1, await Test.ScalarAsync("SELECT count(*) FROM audit_log WHERE action = 'demo.load'"));
    }

    [Fact]
    public async Task The_demo_clients_file_is_private_and_names_clients_that_can_sign_in_and_patients_that_exist()
    {
        await GenerateAsync();

        var path = DemoCredentialsFile.PathIn(Test.DataFolder.Path);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        var demo = DemoCredentialsFile.TryRead(Test.DataFolder.Path);
        Assert.NotNull(demo);
        Assert.Contains(demo.Clients, c => c.Kind == Roles.Clinic);
        Assert.Contains(demo.Clients, c => c.Kind == Roles.Insurer);
        foreach (var client in demo.Clients)
        {
            var stored = await new ApiClientStore(Test.Database).GetAsync(client.ClientId);
            Assert.NotNull(stored);
            Assert.Equal((client.Code, client.Kind), (stored.OrganizationCode, stored.Role));
            Assert.True(ClientSecrets.Matches(client.ClientSecret, stored.SecretHash));
            Assert.Equal(client.Name, (await new OrganizationStore(Test.Database).GetAsync(client.Code))?.Name);
        }

        Assert.NotEmpty(demo.Patients);
        foreach (var patient in demo.Patients)
        {
            var card = await new CoverageStore(Test.Database).FindByCardAsync(patient.InsurerNumber, patient.InsuredCardSymbol, patient.InsuredIdentificationNumber, patient.InsuredBranchNumber);
            Assert.Equal(patient.Birthdate, Assert.Single(card).Coverage.Birthdate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Generating_twice_with_the_same_seed_leaves_the_same_data()
    {
        await GenerateAsync();
        var organizations = await Test.RowsAsync(OrganizationRows);
        var coverages = await Test.RowsAsync(CoverageRows);

        var again = await GenerateAsync();

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(organizations, await Test.RowsAsync(OrganizationRows));
        Assert.Equal(coverages, await Test.RowsAsync(CoverageRows));
    }

    [Fact]
    public async Task Progress_goes_to_standard_error_and_the_summary_to_standard_output()
    {
        var run = await GenerateAsync();

        Assert.Contains("loading [##############################] 100", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("loading [", run.Output, StringComparison.Ordinal);
        Assert.StartsWith("Loaded ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Loaded ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_history_each_person_gets_about_that_many_lines_on_average_which_a_second_load_replaces()
    {
        var run = await GenerateAsync("--history", "5");
        var lines = await Test.RowsAsync(HistoryRows);

        var again = await GenerateAsync("--history", "5");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $" coverages, {lines.Count:N0} medication-history lines and "), run.Output, StringComparison.Ordinal);
        Assert.InRange(lines.Count, People * 5 * 0.85, People * 5 * 1.15);
        Assert.Equal(0, await Test.ScalarAsync("SELECT count(*) FROM medication_history h WHERE NOT EXISTS (SELECT 1 FROM coverages c WHERE c.person_id = h.person_id)"));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(lines, await Test.RowsAsync(HistoryRows));
    }

    [Fact]
    public async Task Asking_for_a_history_with_too_few_facilities_for_a_clinic_and_a_pharmacy_is_refused()
    {
        var run = await RunAsync("demo", "generate", "--people", "10", "--facilities", "1", "--history", "3");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--history needs --facilities 2 or more", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, await Test.CountAsync("coverages"));
    }

    protected Task<CliRun> GenerateAsync(params string[] more) =>
        RunAsync(["demo", "generate", "--people", $"{People}", "--facilities", $"{Facilities}", "--seed", "7", .. more]);
}

public sealed class DemoGenerateCommandOnSqlite() : DemoGenerateCommandTests(TestEngine.Sqlite);

public sealed class DemoGenerateCommandOnPostgres() : DemoGenerateCommandTests(TestEngine.PostgreSql)
{
    [Fact]
    public async Task A_generated_data_set_leaves_the_planner_counts_and_the_visibility_map_of_what_it_loaded()
    {
        await GenerateAsync("--history", "5");

        foreach (var table in new[] { "coverages", "medication_history" })
        {
            Assert.Equal(await Test.CountAsync(table), await Test.ScalarAsync($"SELECT reltuples::bigint FROM pg_class WHERE oid = '{table}'::regclass"));
            Assert.Equal(1L, await Test.ScalarAsync($"SELECT (relallvisible = relpages AND relpages > 0)::int FROM pg_class WHERE oid = '{table}'::regclass"));
        }
    }
}
