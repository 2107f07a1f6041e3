using Tsunagu.Domain.Consent;
using Tsunagu.Storage.Consent;
using Tsunagu.Testing;

namespace Tsunagu.Storage.Tests.Consent;

public abstract class ConsentStoreTests(TestEngine engine) : DatabaseTests(engine)
{
    private const long Person = 42;
    private const string Facility = "1310123458";
    private const string OtherFacility = "1340123452";

    private static readonly DateTimeOffset GrantedAt = new(2026, 4, 1, 9, 30, 15, 123, TimeSpan.FromHours(9));

    private ConsentStore Store => new(Test.Database);

    [Fact]
    public async Task A_stored_grant_comes_back_with_an_id_and_every_field()
    {
        var stored = await InsertAsync(Grant());

        Assert.True(stored.Id > 0);
        Assert.Equal(Grant() with { Id = stored.Id }, stored);
        Assert.Equal(stored, Assert.Single(await Store.CurrentAsync(Person, Facility, GrantedAt.AddHours(1))));
        Assert.Equal(1, await Test.ScalarAsync($"SELECT count(*) FROM consents WHERE id = {stored.Id} AND client_id = 'clinic-emr'"));
    }

    [Fact]
    public async Task A_grant_is_current_only_at_its_facility_and_until_it_expires()
    {
        await InsertAsync(Grant());

        Assert.Single(await Store.CurrentAsync(Person, Facility, GrantedAt.AddHours(24).AddMilliseconds(-1)));
        Assert.Empty(await Store.CurrentAsync(Person, Facility, GrantedAt.AddHours(24)));
        Assert.Empty(await Store.CurrentAsync(Person, OtherFacility, GrantedAt.AddHours(1)));
        Assert.Empty(await Store.CurrentAsync(Person + 1, Facility, GrantedAt.AddHours(1)));
    }

    [Fact]
    public async Task A_revoked_grant_is_no_longer_current_but_stays_in_the_persons_history()
    {
        var stored = await InsertAsync(Grant());
        var at = GrantedAt.AddHours(2);

        var revoked = await RevokeAsync(stored.Id, Facility, at);

        Assert.Equal(stored with { RevokedAt = at }, revoked);
        Assert.Empty(await Store.CurrentAsync(Person, Facility, GrantedAt.AddHours(3)));
        Assert.Equal(revoked, Assert.Single(await Store.ForPersonAsync(Person)));
    }

    [Fact]
    public async Task Only_the_granting_facility_can_revoke_and_only_once()
    {
        var stored = await InsertAsync(Grant());

        Assert.Null(await RevokeAsync(stored.Id, OtherFacility, GrantedAt.AddHours(1)));
        Assert.NotNull(await RevokeAsync(stored.Id, Facility, GrantedAt.AddHours(1)));
        Assert.Null(await RevokeAsync(stored.Id, Facility, GrantedAt.AddHours(2)));
        Assert.Null(await RevokeAsync(stored.Id + 1, Facility, GrantedAt.AddHours(2)));
        Assert.Equal(GrantedAt.AddHours(1), Assert.Single(await Store.ForPersonAsync(Person)).RevokedAt);
    }

    [Fact]
    public async Task A_persons_grants_are_listed_newest_first_and_nobody_elses()
    {
        var first = await InsertAsync(Grant());
        var second = await InsertAsync(Grant() with { FacilityCode = OtherFacility, Method = ConsentMethod.Verbal, GrantedAt = GrantedAt.AddDays(1), ExpiresAt = GrantedAt.AddDays(2) });
        var third = await InsertAsync(Grant() with { Scopes = ConsentScope.Checkup, GrantedAt = GrantedAt.AddDays(1), ExpiresAt = GrantedAt.AddDays(2) });
        await InsertAsync(Grant() with { PersonId = Person + 1 });

        Assert.Equal([third, second, first], await Store.ForPersonAsync(Person));
    }

    [Fact]
    public async Task A_grant_inserted_in_a_write_that_is_not_committed_is_not_stored()
    {
        await using (var write = await Test.Database.BeginWriteAsync())
        {
            await ConsentStore.InsertAsync(write, Grant(), "clinic-emr");
        }

        Assert.Empty(await Store.ForPersonAsync(Person));
    }

    private static ConsentGrant Grant() =>
        new(0, Person, Facility, ConsentScope.Medication | ConsentScope.Clinical | ConsentScope.Surgery, ConsentMethod.Card, GrantedAt, GrantedAt.AddHours(24), null);

    private async Task<ConsentGrant> InsertAsync(ConsentGrant grant)
    {
        await using var write = await Test.Database.BeginWriteAsync();
        var stored = await ConsentStore.InsertAsync(write, grant, "clinic-emr");
        await write.CommitAsync();
        return stored;
    }

    private async Task<ConsentGrant?> RevokeAsync(long id, string facility, DateTimeOffset at)
    {
        await using var write = await Test.Database.BeginWriteAsync();
        var revoked = await ConsentStore.RevokeAsync(write, id, facility, at);
        await write.CommitAsync();
        return revoked;
    }
}

public sealed class ConsentStoreOnSqlite() : ConsentStoreTests(TestEngine.Sqlite);

public sealed class ConsentStoreOnPostgres() : ConsentStoreTests(TestEngine.PostgreSql);
