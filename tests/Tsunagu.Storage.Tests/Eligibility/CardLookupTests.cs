using Tsunagu.Domain.Eligibility;
using Tsunagu.Domain.People;
using Tsunagu.Storage.Eligibility;
using Tsunagu.Storage.People;
using Tsunagu.Testing;
using static Tsunagu.Storage.Tests.Support.Coverages;

namespace Tsunagu.Storage.Tests.Eligibility;

/// <summary>A card's coverages come with their people's 公費 entitlements in force, each once.</summary>
public abstract class CardLookupTests(TestEngine engine) : DatabaseTests(engine)
{
    private static readonly DateOnly Day = new(2026, 4, 1);

    private static readonly PublicExpenseRecipient Infant = new("88130001", "1234566", "乳幼児医療", Day.AddYears(-1), null);

    private static readonly PublicExpenseRecipient Ended = new("54136015", "7654321", "難病", Day.AddYears(-2), Day.AddDays(-1));

    private static readonly PublicExpenseRecipient Disability = new("80136013", "2345678", "障害者医療", Day.AddYears(-1), Day);

    [Fact]
    public async Task A_person_with_two_coverages_on_the_card_has_each_entitlement_in_force_once_and_a_coverage_without_any_has_none()
    {
        var people = await LoadAsync(
            [Minimal("4260"), Minimal("4260", "01").Following(Minimal("4260")), Minimal("4260", "02")],
            (0, Infant), (0, Ended), (0, Disability));

        var found = await new CardLookup(Test.Database).FindAsync(Insurer, Symbol, "4260", null, Day);

        Assert.Equal(3, found.Coverages.Count);
        Assert.Equal([Disability, Infant], found.PublicExpensesOf(people[0]));
        Assert.Equal(people[0], people[1]);
        Assert.Empty(found.PublicExpensesOf(people[2]));
    }

    [Fact]
    public async Task With_the_branch_only_that_coverage_and_its_persons_entitlements_are_found()
    {
        var people = await LoadAsync([Minimal("4260"), Minimal("4260", "02")], (0, Infant), (1, Disability));

        var found = await new CardLookup(Test.Database).FindAsync(Insurer, Symbol, "4260", "02", Day);

        Assert.Equal("02", Assert.Single(found.Coverages).Coverage.Key.Branch);
        Assert.Equal([new PersonPublicExpense(people[1], Disability)], found.PublicExpenses);
    }

    /// <summary>Loads the coverages and the entitlements of the people of the coverages at the given indexes; returns the people.</summary>
    private async Task<IReadOnlyList<long>> LoadAsync(Coverage[] coverages, params (int Coverage, PublicExpenseRecipient Recipient)[] entitlements)
    {
        await using var write = await Test.Database.BeginWriteAsync();
        var people = (await new CoverageStore(Test.Database).UpsertAsync(write, coverages, DateTimeOffset.UnixEpoch)).PersonIds;
        await PublicExpenseStore.UpsertAsync(write, [.. entitlements.Select(e => new StoredPublicExpense(e.Recipient, people[e.Coverage], "131016"))], DateTimeOffset.UnixEpoch);
        await write.CommitAsync();
        return people;
    }
}

public sealed class CardLookupOnSqlite() : CardLookupTests(TestEngine.Sqlite);

public sealed class CardLookupOnPostgres() : CardLookupTests(TestEngine.PostgreSql);
