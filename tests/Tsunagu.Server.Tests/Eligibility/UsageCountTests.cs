using Tsunagu.Server.Eligibility;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Storage.Eligibility;

namespace Tsunagu.Server.Tests.Eligibility;

/// <summary>Each test uses facilities in prefectures of its own, so that the counts it reads are its own.</summary>
public abstract class UsageCountTests(TsunaguServerFixture server) : ServerTests(server)
{
    [Fact]
    public async Task Checks_are_counted_by_facility_kind_prefecture_and_method()
    {
        var patient = await Server.NewPatientAsync();
        var card = await Server.NewLinkedCardAsync(patient);
        var clinic = await FacilityAsync("clinic", prefecture: 1);
        var pharmacy = await FacilityAsync("pharmacy", prefecture: 47);
        var hospital = await FacilityAsync("hospital", prefecture: 27);

        await clinic.CheckedAsync(patient.CheckRequest(MemberRecords.InForce));
        await clinic.CheckedAsync(patient.CheckRequest(MemberRecords.InForce, ("insuredIdentificationNumber", "9999")));
        await Checks.AnswerAsync(await clinic.CheckByCardAsync(await clinic.AssertionAsync(card)));
        await pharmacy.CheckedAsync(patient.CheckRequest(MemberRecords.InForce));
        await Checks.AnswerAsync(await hospital.CheckByCardAsync(await hospital.AssertionAsync(card)));

        Assert.Equal(
            [
                ("clinic", 1, UsageMetrics.CheckByCard, 1L),
                ("clinic", 1, UsageMetrics.CheckByNumber, 2L),
                ("hospital", 27, UsageMetrics.CheckByCard, 1L),
                ("pharmacy", 47, UsageMetrics.CheckByNumber, 1L),
            ],
            await CountsAsync(1, 27, 47));
    }

    [Fact]
    public async Task Refused_checks_are_not_counted()
    {
        var patient = await Server.NewPatientAsync();
        var card = await Server.NewLinkedCardAsync(patient);
        using var unlinked = await Server.IssueAsync();
        var clinic = await FacilityAsync("clinic", prefecture: 2);
        var assertion = await clinic.AssertionAsync(card);

        await Checks.AnswerAsync(await clinic.CheckByCardAsync(assertion));
        await clinic.CheckByCardAsync(assertion);
        await clinic.CheckByCardAsync(await clinic.AssertionAsync(unlinked));
        await clinic.CheckAsync(patient.CheckRequest(MemberRecords.InForce, ("birthdate", "1955-02-30")));

        Assert.Equal([("clinic", 2, UsageMetrics.CheckByCard, 1L)], await CountsAsync(2));
    }

    [Fact]
    public async Task Each_query_of_a_bulk_check_counts_as_a_check_by_card_number_of_the_submitting_facility()
    {
        var patient = await Server.NewPatientAsync();
        var pharmacy = await FacilityAsync("pharmacy", prefecture: 40);
        var submitted = await pharmacy.SubmitBulkAsync(Enumerable.Repeat(patient.CheckRequest(MemberRecords.InForce), 3));

        await pharmacy.DoneAsync((await Json.ReadAsync(submitted)).Str("id"));

        Assert.Equal([("pharmacy", 40, UsageMetrics.CheckByNumber, 3L)], await CountsAsync(40));
    }

    private Task<TestOrganization> FacilityAsync(string kind, int prefecture) =>
        Server.NewOrganizationAsync(kind, Tsunagu.Testing.ValidCodes.For(kind, prefecture));

    /// <summary>
    /// Writes what the server counted and returns the eligibility counts of facilities in <paramref name="prefectures"/>,
    /// summed over the days around today (a test may run across midnight in Japan).
    /// </summary>
    private async Task<List<(string Kind, int Prefecture, string Metric, long Count)>> CountsAsync(params int[] prefectures)
    {
        await Server.Service<UsageCounter>().FlushAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var counts = await Server.Service<UsageCountStore>().ReadAsync("eligibility.", today.AddDays(-1), today.AddDays(1));
        return
        [
            .. counts.Where(c => prefectures.Contains(c.Prefecture))
                .GroupBy(c => (c.FacilityKind, c.Prefecture, c.Metric))
                .Select(g => (g.Key.FacilityKind, g.Key.Prefecture, g.Key.Metric, g.Sum(c => c.Count)))
                .OrderBy(c => c.FacilityKind, StringComparer.Ordinal).ThenBy(c => c.Prefecture).ThenBy(c => c.Metric, StringComparer.Ordinal),
        ];
    }
}

public sealed class UsageCountOnSqlite(SqliteServer server) : UsageCountTests(server), IClassFixture<SqliteServer>;

public sealed class UsageCountOnPostgres(PostgresServer server) : UsageCountTests(server), IClassFixture<PostgresServer>;
