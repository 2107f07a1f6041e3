namespace Tsunagu.Storage.Eligibility;

/// <summary>One-time nonces for My Number card checks: issued to a facility, valid a few minutes, spent by one check.</summary>
public sealed class NonceStore(Database database)
{
    public async Task IssueAsync(string nonce, string facilityCode, DateTimeOffset issuedAt, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using (var command = write.Command("INSERT INTO nonces (nonce, facility_code, issued_at, expires_at) VALUES (@nonce, @facility, @issued, @expires)")
            .With("nonce", nonce).With("facility", facilityCode).With("issued", issuedAt).With("expires", expiresAt))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await write.CommitAsync(cancellationToken);
    }

    /// <summary>Spends the nonce if it is live and belongs to the facility — atomically, so two checks cannot both spend it.</summary>
    public async Task<NonceUse> SpendAsync(string nonce, string facilityCode, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using (var spend = write.Command(
            "UPDATE nonces SET used_at = @now WHERE nonce = @nonce AND facility_code = @facility AND used_at IS NULL AND expires_at > @now")
            .With("now", now).With("nonce", nonce).With("facility", facilityCode))
        {
            if (await spend.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                await write.CommitAsync(cancellationToken);
                return NonceUse.Accepted;
            }
        }

        await using var why = write.Command("SELECT facility_code, expires_at, used_at FROM nonces WHERE nonce = @nonce").With("nonce", nonce);
        await using var reader = await why.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return NonceUse.Unknown;
        }

        return reader.GetString(0) != facilityCode ? NonceUse.OtherFacility
            : !reader.IsDBNull(2) ? NonceUse.AlreadyUsed
            : NonceUse.Expired;
    }

    /// <summary>Deletes nonces that expired before <paramref name="before"/>.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await using var command = write.Command("DELETE FROM nonces WHERE expires_at < @before").With("before", before);
        var deleted = await command.ExecuteNonQueryAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        return deleted;
    }
}
