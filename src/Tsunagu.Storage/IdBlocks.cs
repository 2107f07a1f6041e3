namespace Tsunagu.Storage;

/// <summary>
/// Hands out ranges of 64-bit ids from a named counter inside the caller's write transaction, so bulk loads know
/// their ids before writing and several server instances never collide.
/// </summary>
public static class IdBlocks
{
    /// <summary>Reserves <paramref name="count"/> consecutive ids and returns the first.</summary>
    public static async Task<long> ReserveAsync(WriteTransaction write, string name, long count, CancellationToken cancellationToken = default)
    {
        await using (var seed = write.Command("INSERT INTO id_blocks (name, next_id) VALUES (@name, 1) ON CONFLICT (name) DO NOTHING").With("name", name))
        {
            await seed.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var reserve = write.Command("UPDATE id_blocks SET next_id = next_id + @count WHERE name = @name RETURNING next_id - @count")
            .With("name", name).With("count", count);
        return Convert.ToInt64(await reserve.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
