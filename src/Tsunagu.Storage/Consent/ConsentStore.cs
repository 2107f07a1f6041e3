using System.Data.Common;
using Tsunagu.Domain.Consent;

namespace Tsunagu.Storage.Consent;

/// <summary>Viewing consents (閲覧同意) by person and facility.</summary>
public sealed class ConsentStore(Database database)
{
    private const string Columns = "id, person_id, facility_code, scopes, method, granted_at, expires_at, revoked_at, reason";

    /// <summary>Stores a grant and returns it with its id.</summary>
    public static async Task<ConsentGrant> InsertAsync(WriteTransaction write, ConsentGrant grant, string clientId, CancellationToken cancellationToken = default)
    {
        await using var command = write.Command(
                "INSERT INTO consents (person_id, facility_code, scopes, method, client_id, granted_at, expires_at, reason) " +
                "VALUES (@person, @facility, @scopes, @method, @client, @granted, @expires, @reason) RETURNING id")
            .With("person", grant.PersonId)
            .With("facility", grant.FacilityCode)
            .With("scopes", (int)grant.Scopes)
            .With("method", grant.Method)
            .With("client", clientId)
            .With("granted", grant.GrantedAt)
            .With("expires", grant.ExpiresAt)
            .With("reason", grant.Reason);
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return grant with { Id = id };
    }

    /// <summary>Revokes a facility's own grant; null when no unrevoked grant with that id belongs to the facility.</summary>
    public static async Task<ConsentGrant?> RevokeAsync(WriteTransaction write, long id, string facilityCode, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var command = write.Command(
                $"UPDATE consents SET revoked_at = @at WHERE id = @id AND facility_code = @facility AND revoked_at IS NULL RETURNING {Columns}")
            .With("at", at).With("id", id).With("facility", facilityCode);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>The grants of a person at a facility that have not expired by <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<ConsentGrant>> CurrentAsync(long personId, string facilityCode, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        var command = session.Command(
                $"SELECT {Columns} FROM consents WHERE person_id = @person AND facility_code = @facility AND expires_at > @now AND revoked_at IS NULL")
            .With("person", personId).With("facility", facilityCode).With("now", now);
        return await ReadAllAsync(command, cancellationToken);
    }

    /// <summary>Every grant a person ever gave, newest first (the patient's own view).</summary>
    public async Task<IReadOnlyList<ConsentGrant>> ForPersonAsync(long personId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM consents WHERE person_id = @person ORDER BY granted_at DESC, id DESC")
            .With("person", personId);
        return await ReadAllAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<ConsentGrant>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var grants = new List<ConsentGrant>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            grants.Add(Read(reader));
        }

        return grants;
    }

    private static ConsentGrant Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt64(1),
        reader.GetString(2),
        (ConsentScope)reader.GetInt32(3),
        Enum.Parse<ConsentMethod>(reader.GetString(4)),
        reader.Instant(5),
        reader.Instant(6),
        reader.NullableInstant(7),
        reader.NullableString(8));
}
