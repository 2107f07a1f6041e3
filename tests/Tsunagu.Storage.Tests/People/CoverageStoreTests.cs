using Tsunagu.Domain.People;
using Tsunagu.Storage.People;
using Tsunagu.Storage.Tests.Support;
using Tsunagu.Testing;
using static Tsunagu.Storage.Tests.Support.Coverages;

namespace Tsunagu.Storage.Tests.People;

public abstract class CoverageStoreTests(TestEngine engine) : DatabaseTests(engine)
{
    private static readonly DateTimeOffset At = new(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(9));

    private CoverageStore Store => new(Test.Database);

    [Fact]
    public async Task A_batch_of_new_coverages_is_created_and_each_is_found_by_its_card_and_its_person()
    {
        Coverage[] batch = [Minimal("4260"), Minimal("4260", "01") with { Name = "山田 次郎", Sex = Sex.Male }, Minimal("4261")];

        var result = await LoadAsync(batch);

        Assert.Equal((3, 0), (result.Created, result.Updated));
        Assert.True(result.Succeeded);
        foreach (var coverage in batch)
        {
            var stored = await FindAsync(coverage);
            Assert.Equivalent(coverage, stored.Coverage, strict: true);
            Assert.Equal(stored.Id, stored.PersonId);
            Assert.Equal(stored.Id, Assert.Single(await Store.FindByPersonAsync(stored.PersonId)).Id);
        }
    }

    [Fact]
    public async Task Without_a_branch_number_every_coverage_on_the_card_is_found()
    {
        await LoadAsync(Minimal("4260"), Minimal("4260", "01"), Minimal("4261"));

        var card = await Store.FindByCardAsync(Insurer, Symbol, "4260", branch: null);

        Assert.Equal(["00", "01"], card.Select(c => c.Coverage.Key.Branch).Order());
        Assert.Empty(await Store.FindByCardAsync(Insurer, Symbol, "4260", "02"));
    }

    [Fact]
    public async Task Loading_the_same_cards_again_updates_them_in_place_with_the_new_values()
    {
        Coverage[] first = [Minimal("4260"), Minimal("4261")];
        await LoadAsync(first);
        var before = await FindAsync(first[0]);
        Coverage[] second =
        [
            first[0] with
            {
                Name = "佐藤 花子", NameKana = "サトウ ハナコ", Sex = Sex.Unset, Birthdate = new DateOnly(1960, 1, 2),
                QualificationDate = new DateOnly(2020, 4, 1), DisqualificationDate = new DateOnly(2025, 3, 31), Address = "東京都千代田区霞が関1-2-2",
            },
            first[1] with { InsuredPartialContributionRatio = "020" },
        ];

        var result = await LoadAsync(second);

        Assert.Equal((0, 2), (result.Created, result.Updated));
        var after = await FindAsync(second[0]);
        Assert.Equivalent(second[0], after.Coverage, strict: true);
        Assert.Equivalent(second[1], (await FindAsync(second[1])).Coverage, strict: true);
        Assert.Equal((before.Id, before.PersonId), (after.Id, after.PersonId));
        Assert.Equal(2, await Test.CountAsync("coverages"));
        Assert.Equal(1, await Test.ScalarAsync(
            "SELECT count(*) FROM coverages WHERE name = '佐藤 花子' AND name_kana = 'サトウ ハナコ' AND sex = 3 AND birthdate = '1960-01-02' " +
            "AND qualification_date = '2020-04-01' AND disqualification_date = '2025-03-31'"));
    }

    [Fact]
    public async Task A_mixed_batch_creates_the_new_cards_and_updates_the_known_ones()
    {
        await LoadAsync(Minimal("4260"), Minimal("4261"));
        Coverage[] mixed = [Minimal("4261") with { Name = "山田 三郎" }, Minimal("4262"), Minimal("4260") with { Name = "山田 四郎" }];

        var result = await LoadAsync(mixed);

        Assert.Equal((1, 2), (result.Created, result.Updated));
        Assert.Equal(3, await Test.CountAsync("coverages"));
        var stored = await Task.WhenAll(mixed.Select(FindAsync));
        Assert.Equal(["山田 三郎", "山田 花子", "山田 四郎"], stored.Select(s => s.Coverage.Name));
        Assert.Equal(3, stored.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_coverage_following_a_stored_one_belongs_to_the_same_person()
    {
        var earlier = Minimal("187", insurer: EarlierInsurer);
        await LoadAsync(earlier);
        var person = (await FindAsync(earlier)).PersonId;

        await LoadAsync(Minimal("4260").Following(earlier));

        Assert.Equal(person, (await FindAsync(Minimal("4260"))).PersonId);
        Assert.Equal([EarlierInsurer, Insurer], (await Store.FindByPersonAsync(person)).Select(c => c.Coverage.Key.InsurerNumber));
    }

    [Fact]
    public async Task A_coverage_following_an_earlier_record_of_its_batch_belongs_to_the_same_person()
    {
        var earlier = Minimal("187", insurer: EarlierInsurer);

        await LoadAsync(earlier, Minimal("4260").Following(earlier));

        var first = await FindAsync(earlier);
        Assert.Equal(first.Id, first.PersonId);
        Assert.Equal(first.PersonId, (await FindAsync(Minimal("4260"))).PersonId);
    }

    [Fact]
    public async Task A_coverage_following_a_later_record_of_its_batch_belongs_to_the_same_person()
    {
        var earlier = Minimal("187", insurer: EarlierInsurer);

        await LoadAsync(Minimal("4260").Following(earlier), earlier);

        var previous = await FindAsync(earlier);
        Assert.Equal(previous.Id, previous.PersonId);
        Assert.Equal(previous.PersonId, (await FindAsync(Minimal("4260"))).PersonId);
        Assert.Equal(2, (await Store.FindByPersonAsync(previous.PersonId)).Count);
    }

    [Fact]
    public async Task A_known_coverage_that_now_follows_another_moves_to_that_persons_history()
    {
        var earlier = Minimal("187", insurer: EarlierInsurer);
        await LoadAsync(earlier, Minimal("4260"));

        await LoadAsync(Minimal("4260").Following(earlier));

        Assert.Equal((await FindAsync(earlier)).PersonId, (await FindAsync(Minimal("4260"))).PersonId);
    }

    [Fact]
    public async Task A_previous_coverage_found_nowhere_names_the_record_and_the_rolled_back_write_leaves_nothing()
    {
        await LoadAsync(Minimal("4260"));
        var nowhere = Minimal("999", insurer: EarlierInsurer);

        await using (var write = await Test.Database.BeginWriteAsync())
        {
            var result = await Store.UpsertAsync(write, [Minimal("4260") with { Name = "変更 される" }, Minimal("4261").Following(nowhere), Minimal("4262")], At);

            Assert.False(result.Succeeded);
            Assert.Equal([1], result.MissingPreviousCoverage);
            Assert.Equal((0, 0), (result.Created, result.Updated));
        }

        Assert.Equal(1, await Test.CountAsync("coverages"));
        Assert.Equal("山田 花子", (await FindAsync(Minimal("4260"))).Coverage.Name);
        Assert.Equal(1, await Test.ScalarAsync("SELECT count(*) FROM id_blocks WHERE next_id = 2"));
    }

    [Fact]
    public async Task Coverages_loaded_by_separate_writes_get_distinct_ids()
    {
        await LoadAsync(Minimal("4260"), Minimal("4261"));
        await LoadAsync(Minimal("4262"), Minimal("4263"));

        Assert.Equal(4, await Test.ScalarAsync("SELECT count(DISTINCT id) FROM coverages"));
    }

    [Fact]
    public async Task The_stored_record_keeps_every_field_of_the_coverage_and_its_nested_entries()
    {
        var complete = Complete("4260");
        var earlier = Minimal("187", insurer: EarlierInsurer) with { Key = complete.PreviousCoverage! };
        Assert.All(typeof(Coverage).GetProperties(), property => Assert.NotNull(property.GetValue(complete)));

        await LoadAsync(earlier, complete);

        Assert.Equivalent(complete, (await FindAsync(complete)).Coverage, strict: true);
    }

    private async Task<MemberLoadResult> LoadAsync(params Coverage[] batch)
    {
        await using var write = await Test.Database.BeginWriteAsync();
        var result = await Store.UpsertAsync(write, batch, At);
        await write.CommitAsync();
        return result;
    }

    private async Task<StoredCoverage> FindAsync(Coverage coverage) =>
        Assert.Single(await Store.FindByCardAsync(coverage.Key.InsurerNumber, coverage.Key.Symbol, coverage.Key.Number, coverage.Key.Branch));
}

public sealed class CoverageStoreOnSqlite() : CoverageStoreTests(TestEngine.Sqlite);

public sealed class CoverageStoreOnPostgres() : CoverageStoreTests(TestEngine.PostgreSql);
