using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.People;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Storage.People;
using Tsunagu.Storage.Prescriptions;
using Tsunagu.Testing;
using static Tsunagu.Storage.Tests.Support.Coverages;
using DosageForm = Tsunagu.Domain.Prescriptions.DosageForm;

namespace Tsunagu.Storage.Tests.Prescriptions;

public abstract class CardHistoryLookupTests(TestEngine engine) : DatabaseTests(engine)
{
    private static readonly DateOnly Since = new(2026, 4, 1);

    private static readonly DateOnly TwinsBirthdate = new(1954, 5, 1);

    private static readonly DateOnly SiblingBirthdate = new(1990, 1, 2);

    private CardHistoryLookup Lookup => new(Test.Database);

    [Fact]
    public async Task A_card_with_its_branch_finds_its_person_and_their_history_since_the_date_oldest_first()
    {
        var people = await LoadFamilyAsync();

        var found = await Lookup.FindAsync(Insurer, Symbol, "4260", "00", TwinsBirthdate, Since);

        Assert.Equal((1, people["00"]), (found.People, found.PersonId));
        Assert.Equal(["p-00-b", "p-00-a"], found.History.Select(r => r.SourceId));
    }

    [Fact]
    public async Task Records_of_the_same_day_come_by_source_then_line_whatever_order_they_were_stored_in()
    {
        Coverage[] card = [Minimal("4270")];
        await using (var write = await Test.Database.BeginWriteAsync())
        {
            var person = (await new CoverageStore(Test.Database).UpsertAsync(write, card, DateTimeOffset.UnixEpoch)).PersonIds[0];
            MedicationHistoryRow[] rows =
            [
                new(person, Prescribed("p-z", Since)),
                new(person, Prescribed("p-a", Since) with { Line = 2 }),
                new(person, Prescribed("p-a", Since)),
            ];
            await new MedicationHistoryStore(Test.Database).InsertManyAsync(write, rows);
            await write.CommitAsync();
        }

        var found = await Lookup.FindAsync(Insurer, Symbol, "4270", "00", TwinsBirthdate, Since);

        Assert.Equal([("p-a", 1), ("p-a", 2), ("p-z", 1)], found.History.Select(r => (r.SourceId, r.Line)));
    }

    [Fact]
    public async Task A_date_stored_by_hand_without_leading_zeros_reads_as_that_day()
    {
        await LoadFamilyAsync();
        await Test.ExecuteAsync("UPDATE medication_history SET started_on = '2026-4-2', usable_until = '2026-4-9' WHERE source_id = 'p-02-a'");

        var found = await Lookup.FindAsync(Insurer, Symbol, "4260", null, SiblingBirthdate, Since);

        var record = Assert.Single(found.History);
        Assert.Equal((new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 9)), (record.Date, record.UsableUntil));
    }

    [Fact]
    public async Task Without_the_branch_the_one_person_on_the_card_born_that_day_is_found_with_their_history()
    {
        var people = await LoadFamilyAsync();

        var found = await Lookup.FindAsync(Insurer, Symbol, "4260", null, SiblingBirthdate, Since);

        Assert.Equal((1, people["02"]), (found.People, found.PersonId));
        Assert.Equal("p-02-a", Assert.Single(found.History).SourceId);
    }

    [Fact]
    public async Task Without_the_branch_two_people_born_the_same_day_are_counted_and_find_no_history_rather_than_a_mix()
    {
        await LoadFamilyAsync();

        var found = await Lookup.FindAsync(Insurer, Symbol, "4260", null, TwinsBirthdate, Since);

        Assert.Equal(2, found.People);
        Assert.Empty(found.History);
    }

    [Fact]
    public async Task A_birthdate_nobody_on_the_card_has_finds_nobody_and_no_history()
    {
        await LoadFamilyAsync();

        var found = await Lookup.FindAsync(Insurer, Symbol, "4260", "00", new DateOnly(1954, 5, 2), Since);

        Assert.Equal(0, found.People);
        Assert.Empty(found.History);
    }

    [Fact]
    public async Task An_unknown_card_finds_nothing()
    {
        await LoadFamilyAsync();

        var found = await Lookup.FindAsync(Insurer, Symbol, "4299", null, TwinsBirthdate, Since);

        Assert.Equal((0, 0), (found.People, found.History.Count));
    }

    /// <summary>
    /// Card 4260: branches 00 and 01 born the same day (twins), 02 born later; each with history, 00's partly before
    /// <see cref="Since"/>. Returns the person ids by branch.
    /// </summary>
    private async Task<Dictionary<string, long>> LoadFamilyAsync()
    {
        Coverage[] family = [Minimal("4260"), Minimal("4260", "01"), Minimal("4260", "02") with { Birthdate = SiblingBirthdate }];
        await using var write = await Test.Database.BeginWriteAsync();
        var loaded = await new CoverageStore(Test.Database).UpsertAsync(write, family, DateTimeOffset.UnixEpoch);
        var people = family.Select((c, i) => (c.Key.Branch!, loaded.PersonIds[i])).ToDictionary();
        MedicationHistoryRow[] rows =
        [
            new(people["00"], Prescribed("p-00-a", Since.AddDays(5))),
            new(people["00"], Prescribed("p-00-b", Since)),
            new(people["00"], Prescribed("p-00-old", Since.AddDays(-1))),
            new(people["01"], Prescribed("p-01-a", Since.AddDays(1))),
            new(people["02"], Prescribed("p-02-a", Since.AddDays(2))),
        ];
        await new MedicationHistoryStore(Test.Database).InsertManyAsync(write, rows);
        await write.CommitAsync();
        return people;
    }

    private static MedicationRecord Prescribed(string id, DateOnly day) => new(
        MedicationRecordKind.Prescription, id, 1, id, "1310000011", "つなぐ内科クリニック", day, day.AddDays(3), "629000010", "629000010",
        new IngredientKey("1124007", AdministrationRoute.Oral, null), "ハルシオン０．１２５ｍｇ錠", 1, "錠", "1日1回就寝前", DosageForm.Internal, 28, false, false);
}

public sealed class CardHistoryLookupOnSqlite() : CardHistoryLookupTests(TestEngine.Sqlite);

public sealed class CardHistoryLookupOnPostgres() : CardHistoryLookupTests(TestEngine.PostgreSql);
