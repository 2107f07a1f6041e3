using System.Data.Common;
using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Organizations;

namespace Tsunagu.Storage.Organizations;

/// <summary>Organizations by code.</summary>
public sealed class OrganizationStore(Database database)
{
    private const string Columns = "code, kind, name, prefecture, beds, large_chain";

    /// <summary>Inserts the organization; false when one with the same code exists (nothing changes then).</summary>
    public static async Task<bool> TryInsertAsync(WriteTransaction write, Organization organization, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        await InsertManyAsync(write, [organization], at, cancellationToken) == 1;

    /// <summary>Inserts organizations with one statement, rebound for each (compiled once on SQLite, auto-prepared on PostgreSQL), skipping codes already present; returns how many were new.</summary>
    public static async Task<int> InsertManyAsync(WriteTransaction write, IEnumerable<Organization> organizations, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var command = write.Command(
                $"INSERT INTO organizations ({Columns}, created_at) VALUES (@code, @kind, @name, @prefecture, @beds, @largeChain, @at) ON CONFLICT (code) DO NOTHING")
            .With("code", string.Empty).With("kind", string.Empty).With("name", string.Empty).With("prefecture", 0)
            .With("beds", 0).With("largeChain", false).With("at", at);
        var inserted = 0;
        foreach (var organization in organizations)
        {
            command.Set("code", organization.Code);
            command.Set("kind", organization.Kind.WireName());
            command.Set("name", organization.Name);
            command.Set("prefecture", organization.Prefecture.Code);
            command.Set("beds", organization.Beds);
            command.Set("largeChain", organization.LargeChain);
            inserted += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return inserted;
    }

    /// <summary>How many organizations are registered (the first-start demo runs only on an empty database).</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT count(*) FROM organizations");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<Organization?> GetAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM organizations WHERE code = @code").With("code", code);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>A page of organizations in code order, optionally of one kind, starting after <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<Organization>> ListAsync(OrganizationKind? kind, string? after, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var kindFilter = kind is null ? string.Empty : "kind = @kind AND ";
        await using var command = connection.Command(
                $"SELECT {Columns} FROM organizations WHERE {kindFilter}code > @after ORDER BY code LIMIT @limit")
            .With("after", after ?? string.Empty)
            .With("limit", limit);
        if (kind is { } k)
        {
            command.With("kind", k.WireName());
        }

        var page = new List<Organization>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(Read(reader));
        }

        return page;
    }

    private static Organization Read(DbDataReader reader) => new(
        reader.GetString(0),
        OrganizationKinds.Parse(reader.GetString(1)),
        reader.GetString(2),
        Prefectures.Get(reader.GetInt32(3)),
        reader.NullableInt32(4),
        reader.GetBoolean(5));
}
